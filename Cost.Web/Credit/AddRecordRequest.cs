namespace Cost.Web.Credit;

/// <summary>POST /api/firms/{creditCode}/records: dates as yyyy-MM-dd.</summary>
public sealed record AddRecordRequest(string? RuleCode, string? OccurredOn, string? Note, string? PublishedOn = null, string? Evidence = null);
