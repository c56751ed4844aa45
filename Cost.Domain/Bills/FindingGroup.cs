using System.Collections.Immutable;

namespace Cost.Domain.Bills;

/// <summary>
/// The findings of one unit work (单位工程), in the order a compiler works through them: errors first,
/// then by sheet (in the order the review met them), row and column. <see cref="Unit"/> is null for the
/// findings about the workbook as a whole (a project name that differs, a missing table of no unit work).
/// </summary>
public sealed record FindingGroup(string? Unit, ImmutableArray<BoqFinding> Findings)
{
    /// <summary>The heading of the group: the unit work's name, or 工作簿整体.</summary>
    public string Title => Unit ?? "工作簿整体";

    public int ErrorCount => Findings.Count(f => f.Severity == FindingSeverity.Error);

    public int WarningCount => Findings.Length - ErrorCount;

    /// <summary>
    /// Groups <paramref name="findings"/> by unit work: the workbook-wide group first, then the unit works
    /// in <paramref name="unitOrder"/> (the workbook's order), then any other unit named by a finding, in the
    /// order met. Groups without findings are left out.
    /// </summary>
    public static ImmutableArray<FindingGroup> ByUnit(IEnumerable<BoqFinding> findings, IEnumerable<string> unitOrder)
    {
        var all = findings.ToList();
        var sheets = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var sheet in all.Select(f => f.Sheet).OfType<string>())
        {
            sheets.TryAdd(sheet, sheets.Count);
        }

        var units = unitOrder.Distinct(StringComparer.Ordinal).Select((name, i) => (name, i)).ToDictionary(u => u.name, u => u.i, StringComparer.Ordinal);
        return
        [
            .. all.GroupBy(f => f.Unit, StringComparer.Ordinal)
                .OrderBy(g => g.Key is null ? -1 : units.GetValueOrDefault(g.Key, units.Count))
                .Select(g => new FindingGroup(g.Key,
                [
                    .. g.OrderBy(f => f.Severity)
                        .ThenBy(f => f.Sheet is null ? -1 : sheets[f.Sheet])
                        .ThenBy(f => f.Row ?? 0)
                        .ThenBy(f => f.Column?.Length ?? 0)
                        .ThenBy(f => f.Column, StringComparer.Ordinal),
                ])),
        ];
    }

    /// <summary>The cell as a spreadsheet names it (H12), the row alone (第 12 行), or empty for a finding about a whole sheet.</summary>
    public static string Cell(BoqFinding finding) => finding switch
    {
        { Row: { } row, Column: { } column } => $"{column}{row}",
        { Row: { } row } => $"第 {row} 行",
        _ => "",
    };
}
