using System.Collections.Immutable;

namespace Cost.Web.Prices;

/// <summary>The answer to a survey upload (docs/http-api.md): rows stored, and each rejected row with why.</summary>
public sealed record SurveyReceipt(int Accepted, ImmutableArray<SurveyRejectionJson> Rejected);

/// <summary>A rejected survey row: its number as the spreadsheet shows it (CSV header = 1), the column letter when known, and why.</summary>
public sealed record SurveyRejectionJson(int Row, string? Column, string Message);
