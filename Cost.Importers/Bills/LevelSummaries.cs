using System.Collections.Immutable;
using Cost.Domain.Bills;
using Cost.Domain.Pricing;

namespace Cost.Importers.Bills;

/// <summary>
/// The levels above the unit works (GB/T 50500-2013 表-02 建设项目 and 表-03 单项工程招标控制价汇总表): each
/// 表-03 names the unit works of one 单项工程, which they then carry as <see cref="UnitWork.SingleWork"/>;
/// every stated amount of 表-02 and 表-03 (金额, 其中：安全文明施工费, 规费, 合计) is checked like 表-04, against
/// the sum of the computed prices of the unit works it covers. The ceiling price stays the sum of the unit
/// works: these tables are never added.
/// </summary>
internal static class LevelSummaries
{
    /// <summary>
    /// The unit works with their 单项工程, after checking 表-02 and 表-03. <paramref name="prices"/> holds each
    /// unit work's computed price, or null when some of its lines could not be read (sums that include it are
    /// not verified, as for 表-04).
    /// </summary>
    public static ImmutableArray<UnitWork> Check(IReadOnlyList<TablePage> pages, ImmutableArray<UnitWork> units,
        IReadOnlyList<UnitWorkPrice?> prices, FindingSink sink)
    {
        var singleWorks = new string?[units.Length];
        foreach (var group in pages.Where(p => p.Kind == TableKind.SingleWorkSummary).GroupBy(p => p.UnitName))
        {
            var listed = new List<int>();
            var totals = new List<ItemRow>();
            foreach (var row in ItemRow.Read(group, sink))
            {
                if (row.IsTotal)
                {
                    totals.Add(row);
                }
                else if (MatchUnit(row.Name, group.Key, units) is { } index)
                {
                    singleWorks[index] = group.Key;
                    listed.Add(index);
                    sink.Unit = units[index].Name;
                    CheckRow(row, "表-03", [index], prices, "该单位工程的计算值", sink);
                }
                else
                {
                    sink.Unit = null;
                    sink.Error(FindingRules.Summary, row.Amount.At,
                        $"表-03“{group.Key}”列出的单位工程“{row.Name}”在工作簿中没有对应的单位工程表格（表-04、表-08 的工程名称）。", Named(row));
                }
            }

            sink.Unit = null;
            foreach (var total in totals)
            {
                CheckRow(total, "表-03", listed, prices, "所列单位工程计算值之和", sink);
            }
        }

        sink.Unit = null;
        foreach (var row in ItemRow.Read(pages.Where(p => p.Kind == TableKind.ProjectSummary), sink))
        {
            if (row.IsTotal)
            {
                CheckRow(row, "表-02", [.. Enumerable.Range(0, units.Length)], prices, "全部单位工程计算值之和", sink);
                continue;
            }

            // A 表-02 row is a 单项工程 of a 表-03, or (in a workbook without 表-03) a unit work itself.
            var covered = Enumerable.Range(0, units.Length).Where(i => singleWorks[i] is { } s && SameName(s, row.Name)).ToList();
            if (covered.Count == 0 && MatchUnit(row.Name, null, units) is { } unit)
            {
                covered.Add(unit);
            }

            if (covered.Count == 0)
            {
                sink.Error(FindingRules.Summary, row.Amount.At,
                    $"表-02 列出的单项工程“{row.Name}”在工作簿中没有对应的表-03 或单位工程表格。", Named(row));
                continue;
            }

            CheckRow(row, "表-02", covered, prices, "所含单位工程计算值之和", sink);
        }

        return [.. units.Select((u, i) => singleWorks[i] is { } s ? u with { SingleWork = s } : u)];
    }

    private static void CheckRow(ItemRow row, string label, IReadOnlyList<int> covered, IReadOnlyList<UnitWorkPrice?> prices,
        string expectedText, FindingSink sink)
    {
        if (covered.Any(i => prices[i] is null))
        {
            return;
        }

        var sums = covered.Select(i => prices[i]!).ToList();
        var item = Named(row);
        sink.CheckStated(FindingRules.Summary, row.Amount.At, row.Amount.Cell, sums.Sum(p => p.Total),
            $"{label}“{row.Name}”金额", expectedText, item: item);
        sink.CheckStated(FindingRules.Summary, row.Safety.At, row.Safety.Cell, sums.Sum(p => p.SafetyCivilization),
            $"{label}“{row.Name}”其中安全文明施工费", expectedText, item: item);
        sink.CheckStated(FindingRules.Summary, row.Fees.At, row.Fees.Cell, sums.Sum(p => p.StatutoryFees),
            $"{label}“{row.Name}”其中规费", expectedText, item: item);
    }

    /// <summary>
    /// The unit work a summary row names: the same name, or the only unit work whose name ends with it
    /// ("建筑与装饰工程" for "某中学教学楼-建筑与装饰工程"), preferring those that also name the 单项工程.
    /// </summary>
    private static int? MatchUnit(string name, string? singleWork, ImmutableArray<UnitWork> units)
    {
        var key = CellText.Compact(name);
        if (key.Length == 0)
        {
            return null;
        }

        var exact = Enumerable.Range(0, units.Length).Where(i => CellText.Compact(units[i].Name) == key).ToList();
        if (exact.Count == 1)
        {
            return exact[0];
        }

        var ending = Enumerable.Range(0, units.Length).Where(i => CellText.Compact(units[i].Name).EndsWith(key, StringComparison.Ordinal)).ToList();
        if (ending.Count > 1 && singleWork is not null)
        {
            var place = CellText.Compact(singleWork);
            ending = [.. ending.Where(i => CellText.Compact(units[i].Name).Contains(place, StringComparison.Ordinal))];
        }

        return ending.Count == 1 ? ending[0] : null;
    }

    private static bool SameName(string a, string b)
    {
        var (x, y) = (CellText.Compact(a), CellText.Compact(b));
        return x.Length > 0 && y.Length > 0 && (x == y || x.EndsWith(y, StringComparison.Ordinal) || y.EndsWith(x, StringComparison.Ordinal));
    }

    private static FindingItem Named(ItemRow row) => new(null, row.Name);
}
