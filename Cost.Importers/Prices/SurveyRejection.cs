namespace Cost.Importers.Prices;

/// <summary>
/// A survey row that was not accepted: its row number as the spreadsheet shows it (the CSV header
/// line is row 1), the column letter of the first problem where known, and the problems in Chinese.
/// </summary>
public sealed record SurveyRejection(int Row, string? Column, string Message);
