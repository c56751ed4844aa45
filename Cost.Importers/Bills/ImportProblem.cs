namespace Cost.Importers.Bills;

/// <summary>
/// Why a workbook was refused whole: the sheet, row (as the spreadsheet shows it) and column letter
/// where known, and a message in Chinese.
/// </summary>
public sealed record ImportProblem(string? Sheet, int? Row, string? Column, string Message);
