namespace Cost.Domain.Bills;

/// <summary>A name as a workbook states it, with the cell it was read from (sheet, 1-based row, column letter).</summary>
public sealed record StatedName(string Text, string Sheet, int Row, string Column);
