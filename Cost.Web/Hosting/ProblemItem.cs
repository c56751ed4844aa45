namespace Cost.Web.Hosting;

/// <summary>
/// One problem of a refused request, located so a person can go straight to it: sheet, row as the
/// spreadsheet shows it, column letter, or the request field (docs/http-api.md).
/// </summary>
public sealed record ProblemItem(string Message, string? Sheet = null, int? Row = null, string? Column = null, string? Field = null)
{
    public static ProblemItem ForField(string field, string message) => new(message, Field: field);
}
