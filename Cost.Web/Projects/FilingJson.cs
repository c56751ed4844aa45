using Cost.Silos.ReadModels;

namespace Cost.Web.Projects;

/// <summary>
/// GET /api/public/filings/{filingNumber}: what anyone may check of a filing. <c>status</c> is filed, published, locked,
/// or revised when a later version of the tender has been filed since.
/// </summary>
public sealed record FilingJson(
    string FilingNumber, string TenderCode, string TenderName, int Version, decimal Total, string Sha256, DateTimeOffset FiledAt, string Status)
{
    public static FilingJson From(FilingRecord f) => new(f.FilingNumber, f.TenderCode, f.TenderName, f.Version, f.Total, f.Sha256, f.FiledAt, f.Status);
}
