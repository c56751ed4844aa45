namespace Cost.Domain.Bills;

/// <summary>
/// A problem found in a BoQ workbook, at the cell a person should look at: sheet name, row as the
/// spreadsheet shows it (first row = 1) and column letter. <see cref="Stated"/> and
/// <see cref="Expected"/> are given for arithmetic findings.
/// </summary>
public sealed record BoqFinding(
    FindingSeverity Severity,
    string? Sheet,
    int? Row,
    string? Column,
    string? ItemCode,
    string Message,
    decimal? Stated = null,
    decimal? Expected = null);
