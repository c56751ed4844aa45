namespace Cost.Domain.Bills;

/// <summary>
/// A problem found in a BoQ workbook, at the cell a person should look at: sheet name, row as the
/// spreadsheet shows it (first row = 1) and column letter. <see cref="Rule"/> is one of
/// <see cref="FindingRules"/> and never changes meaning; <see cref="Unit"/> names the unit work
/// (单位工程) and <see cref="ItemCode"/> / <see cref="ItemName"/> the row's item where it has one.
/// <see cref="Stated"/> and <see cref="Expected"/> are given for arithmetic and compliance findings.
/// </summary>
public sealed record BoqFinding(
    FindingSeverity Severity,
    string Rule,
    string? Sheet,
    int? Row,
    string? Column,
    string? Unit,
    string? ItemCode,
    string? ItemName,
    string Message,
    decimal? Stated = null,
    decimal? Expected = null);
