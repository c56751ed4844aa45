namespace Cost.Silos.ReadModels;

/// <summary>A line of a project list: the current version's status, total and error count.</summary>
public sealed record ProjectSummary(
    string TenderCode,
    string Name,
    string FirmCreditCode,
    string FirmName,
    int CurrentVersion,
    string CurrentStatus,
    decimal? Total,
    int ErrorCount,
    int LineCount,
    DateTimeOffset? UploadedAt,
    DateTimeOffset? SubmittedAt);
