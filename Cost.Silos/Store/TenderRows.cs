namespace Cost.Silos.Store;

// Row shapes as the SELECTs below alias them; Dapper maps columns to constructor parameters by name.
internal sealed record ProjectRow(
    string TenderCode, string Name, string Region, string ProjectType, string? BuildingArea, string RuleSet,
    string FirmCreditCode, string CreatedBy, string CreatedAt, long CurrentVersion, string CurrentStatus, long RowVersion,
    string TaxMethod, string? BasePeriod, string? RegistrationJson);

internal sealed record VersionRow(
    long Version, string Status, string FileName, string FileSha256, string UploadedBy, string UploadedAt,
    string? SubmittedAt, string? FiledAt, string? FiledBy, string PriceJson, string FindingsJson, string BoqJson,
    string? PublishedAt, string? LockedAt, string? RevisionFor, string? MaterialsJson,
    string? ReturnReason, string? ReturnedBy, string? ReturnedAt, string? FilingNumber, string? SignatoriesJson);
