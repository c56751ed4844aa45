namespace Cost.Importers.Firms;

/// <summary>A roster row that was not taken: its sheet, row as the spreadsheet shows it, column letter and why (Chinese).</summary>
public sealed record RosterRejection(string Sheet, int Row, string? Column, string Message);
