using Cost.Domain;
using Cost.Domain.Bills;

namespace Cost.Importers.Bills;

/// <summary>
/// Collects findings in the order they are met, each with its rule code (<see cref="FindingRules"/>), at a
/// sheet, row and column letter, in the unit work being read (<see cref="Unit"/>).
/// </summary>
internal sealed class FindingSink
{
    private readonly List<BoqFinding> _findings = [];

    public IReadOnlyList<BoqFinding> All => _findings;

    /// <summary>The unit work (单位工程) the findings now being added belong to.</summary>
    public string? Unit { get; set; }

    public void Error(string rule, CellAt at, string message, FindingItem item = default, decimal? stated = null, decimal? expected = null) =>
        Add(FindingSeverity.Error, rule, at, message, item, stated, expected);

    public void Warning(string rule, CellAt at, string message, FindingItem item = default, decimal? stated = null, decimal? expected = null) =>
        Add(FindingSeverity.Warning, rule, at, message, item, stated, expected);

    /// <summary>An error that concerns the workbook or a unit work as a whole, not a cell.</summary>
    public void Error(string rule, string? sheet, string message) =>
        _findings.Add(new BoqFinding(FindingSeverity.Error, rule, sheet, null, null, Unit, null, null, message));

    /// <summary>A warning that concerns a unit work as a whole, not a cell.</summary>
    public void Warning(string rule, string? sheet, string message) =>
        _findings.Add(new BoqFinding(FindingSeverity.Warning, rule, sheet, null, null, Unit, null, null, message));

    /// <summary>
    /// Compares a stated amount with the computed one at the cent (a cell holding 96371.71000000001 states
    /// 96,371.71): an error under <paramref name="rule"/> at the cell when they differ, an error under
    /// <see cref="FindingRules.Number"/> when the cell is not a number; nothing when the cell is empty and
    /// <paramref name="emptyIsFine"/>.
    /// </summary>
    public void CheckStated(string rule, CellAt at, GridCell cell, decimal expected, string what, string expectedText,
        bool emptyIsFine = true, FindingItem item = default)
    {
        if (CellText.IsDash(cell))
        {
            if (!emptyIsFine && expected != 0m)
            {
                Error(rule, at, $"{what}未填写，应为 {expectedText} = {CellText.Yuan(expected)}", item, expected: expected);
            }

            return;
        }

        if (!CellText.TryReadNumber(cell, out var stated) || stated is not { } value)
        {
            Error(FindingRules.Number, at, $"{what}“{cell.Text.Trim()}”不是数字，应为 {expectedText} = {CellText.Yuan(expected)}", item, expected: expected);
            return;
        }

        var atCent = Money.Round(value);
        if (atCent != expected)
        {
            Error(rule, at, $"{what} {CellText.Yuan(atCent)} 与 {expectedText} = {CellText.Yuan(expected)} 不符", item, atCent, expected);
        }
    }

    private void Add(FindingSeverity severity, string rule, CellAt at, string message, FindingItem item, decimal? stated, decimal? expected) =>
        _findings.Add(new BoqFinding(severity, rule, at.Sheet, at.Row, at.Column > 0 ? CellText.ColumnLetter(at.Column) : null, Unit,
            NullIfEmpty(item.Code), NullIfEmpty(item.Name), message, stated, expected));

    private static string? NullIfEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary>A cell position: sheet name, 1-based row and column.</summary>
internal readonly record struct CellAt(string Sheet, int Row, int Column)
{
    public static CellAt Of(TablePage page, GridRow row, int column) => new(page.Sheet.Name, row.Number, column);
}

/// <summary>The item a finding is about: its code and name as the row states them (either may be missing).</summary>
internal readonly record struct FindingItem(string? Code, string? Name);
