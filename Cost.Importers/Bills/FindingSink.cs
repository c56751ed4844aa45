using Cost.Domain.Bills;

namespace Cost.Importers.Bills;

/// <summary>Collects findings in the order they are met, each at a sheet, row and column letter.</summary>
internal sealed class FindingSink
{
    private readonly List<BoqFinding> _findings = [];

    public IReadOnlyList<BoqFinding> All => _findings;

    public void Error(CellAt at, string message, string? itemCode = null, decimal? stated = null, decimal? expected = null) =>
        Add(FindingSeverity.Error, at, message, itemCode, stated, expected);

    public void Warning(CellAt at, string message, string? itemCode = null, decimal? stated = null, decimal? expected = null) =>
        Add(FindingSeverity.Warning, at, message, itemCode, stated, expected);

    /// <summary>An error that concerns the workbook or a unit work as a whole, not a cell.</summary>
    public void Error(string? sheet, string message) =>
        _findings.Add(new BoqFinding(FindingSeverity.Error, sheet, null, null, null, message));

    /// <summary>A warning that concerns a unit work as a whole, not a cell.</summary>
    public void Warning(string? sheet, string message) =>
        _findings.Add(new BoqFinding(FindingSeverity.Warning, sheet, null, null, null, message));

    /// <summary>
    /// Compares a stated amount with the computed one: an error at the cell when they differ or the
    /// cell is not a number; nothing when the cell is empty and <paramref name="emptyIsFine"/>.
    /// </summary>
    public void CheckStated(CellAt at, GridCell cell, decimal expected, string what, string expectedText, bool emptyIsFine = true, string? itemCode = null)
    {
        if (CellText.IsDash(cell))
        {
            if (!emptyIsFine && expected != 0m)
            {
                Error(at, $"{what}未填写，应为 {expectedText} = {CellText.Yuan(expected)}", itemCode, expected: expected);
            }

            return;
        }

        if (!CellText.TryReadNumber(cell, out var stated) || stated is not { } value)
        {
            Error(at, $"{what}“{cell.Text.Trim()}”不是数字，应为 {expectedText} = {CellText.Yuan(expected)}", itemCode, expected: expected);
            return;
        }

        if (value != expected)
        {
            Error(at, $"{what} {CellText.Yuan(value)} 与 {expectedText} = {CellText.Yuan(expected)} 不符", itemCode, value, expected);
        }
    }

    private void Add(FindingSeverity severity, CellAt at, string message, string? itemCode, decimal? stated, decimal? expected) =>
        _findings.Add(new BoqFinding(severity, at.Sheet, at.Row, at.Column > 0 ? CellText.ColumnLetter(at.Column) : null, itemCode, message, stated, expected));
}

/// <summary>A cell position: sheet name, 1-based row and column.</summary>
internal readonly record struct CellAt(string Sheet, int Row, int Column)
{
    public static CellAt Of(TablePage page, GridRow row, int column) => new(page.Sheet.Name, row.Number, column);
}
