using System.Collections.Immutable;
using Cost.Domain.Bills;

namespace Cost.Importers.Bills;

/// <summary>表-11 as read: its lump sums in order, the cell of each stated amount, and its 合计.</summary>
internal sealed record LumpSumTable(ImmutableArray<LumpSumMeasure> Items, ImmutableArray<ItemRow> Rows, StatedCell? Total)
{
    public static LumpSumTable Read(IEnumerable<TablePage> pages, FindingSink sink)
    {
        var items = ImmutableArray.CreateBuilder<LumpSumMeasure>();
        var rows = ImmutableArray.CreateBuilder<ItemRow>();
        StatedCell? total = null;
        foreach (var row in ItemRow.Read(pages, sink))
        {
            if (row.IsTotal)
            {
                total = row.Amount;
                continue;
            }

            items.Add(new LumpSumMeasure(row.Code, row.Name, row.BaseText, CostBaseParser.Parse(row.BaseText),
                row.Rate.Read(sink, "费率", row.Item), row.Amount.ReadMoney(sink, "金额", row.Item)));
            rows.Add(row);
        }

        return new LumpSumTable(items.ToImmutable(), rows.ToImmutable(), total);
    }
}

/// <summary>
/// 表-12 as read: the four items by name (GB/T 50500-2013 §5.2.5). 材料（工程设备）暂估价 sits inside
/// unit rates and is not added; the 暂估价 parent row is used only when it has no sub-rows.
/// </summary>
internal sealed record OtherItemsTable(OtherItems Items, StatedCell? Total)
{
    public static OtherItemsTable Read(IEnumerable<TablePage> pages, FindingSink sink)
    {
        decimal contingency = 0m, professional = 0m, daywork = 0m, attendance = 0m;
        decimal? provisionalParent = null;
        var hasProvisionalRows = false;
        StatedCell? total = null;
        foreach (var row in ItemRow.Read(pages, sink))
        {
            var key = row.Key;
            if (row.IsTotal)
            {
                total = row.Amount;
            }
            else if (key.Contains("暂列金额", StringComparison.Ordinal))
            {
                contingency += row.Amount.ReadMoney(sink, "暂列金额", row.Item) ?? 0m;
            }
            else if (key.Contains("专业工程暂估", StringComparison.Ordinal))
            {
                professional += row.Amount.ReadMoney(sink, "专业工程暂估价", row.Item) ?? 0m;
                hasProvisionalRows = true;
            }
            else if (key.Contains("暂估", StringComparison.Ordinal) && (key.Contains("材料", StringComparison.Ordinal) || key.Contains("设备", StringComparison.Ordinal)))
            {
                hasProvisionalRows = true; // inside the unit rates already
            }
            else if (key.StartsWith("暂估价", StringComparison.Ordinal))
            {
                provisionalParent = row.Amount.ReadMoney(sink, "暂估价", row.Item);
            }
            else if (key.Contains("计日工", StringComparison.Ordinal))
            {
                daywork += row.Amount.ReadMoney(sink, "计日工", row.Item) ?? 0m;
            }
            else if (key.Contains("总承包服务费", StringComparison.Ordinal))
            {
                attendance += row.Amount.ReadMoney(sink, "总承包服务费", row.Item) ?? 0m;
            }
        }

        if (!hasProvisionalRows && provisionalParent is { } parent)
        {
            professional = parent;
        }

        return new OtherItemsTable(new OtherItems(contingency, professional, daywork, attendance), total);
    }
}

/// <summary>
/// 表-13 as read. The fees are the leaf rows (1.1, 1.2, …), never their parent 规费 row, which is only
/// checked against the sum of its leaves; the 税金 row gives the stated VAT rate and amount.
/// </summary>
internal sealed record FeeTable(
    ImmutableArray<StatutoryFee> Fees,
    ImmutableArray<ItemRow> FeeRows,
    ImmutableArray<(ItemRow Row, ImmutableArray<int> Leaves)> Parents,
    ItemRow? TaxRow,
    decimal? StatedVatRate,
    StatedCell? Total)
{
    public static FeeTable Read(IEnumerable<TablePage> pages, FindingSink sink)
    {
        var candidates = new List<ItemRow>();
        ItemRow? tax = null;
        StatedCell? total = null;
        foreach (var row in ItemRow.Read(pages, sink))
        {
            if (row.IsTotal)
            {
                total = row.Amount;
            }
            else if (row.Key.StartsWith("税金", StringComparison.Ordinal) || row.Key.Contains("增值税", StringComparison.Ordinal))
            {
                tax = row;
            }
            else
            {
                candidates.Add(row);
            }
        }

        var isParent = candidates.Select(c => IsParent(c, candidates)).ToList();
        var fees = ImmutableArray.CreateBuilder<StatutoryFee>();
        var feeRows = ImmutableArray.CreateBuilder<ItemRow>();
        for (var i = 0; i < candidates.Count; i++)
        {
            if (isParent[i])
            {
                continue;
            }

            var row = candidates[i];
            fees.Add(new StatutoryFee(row.Number, row.Name, row.BaseText, CostBaseParser.Parse(row.BaseText),
                row.Rate.Read(sink, "费率", row.Item), row.Amount.ReadMoney(sink, "金额", row.Item)));
            feeRows.Add(row);
        }

        var leafRows = feeRows.ToImmutable();
        var parents = candidates.Where((_, i) => isParent[i])
            .Select(p => (p, LeavesOf(p, leafRows)))
            .ToImmutableArray();
        var rate = tax?.Rate.Read(sink, "税率", tax.Item);
        return new FeeTable(fees.ToImmutable(), leafRows, parents, tax, rate / 100m, total);
    }

    private static bool IsParent(ItemRow row, List<ItemRow> all) =>
        (row.Number.Length > 0 && all.Any(o => o.Number.StartsWith(row.Number + ".", StringComparison.Ordinal)))
        || (row.Key == "规费" && all.Count > 1);

    private static ImmutableArray<int> LeavesOf(ItemRow parent, ImmutableArray<ItemRow> leaves)
    {
        var prefix = parent.Number + ".";
        var byNumber = Enumerable.Range(0, leaves.Length)
            .Where(i => parent.Number.Length > 0 && leaves[i].Number.StartsWith(prefix, StringComparison.Ordinal))
            .ToImmutableArray();
        return byNumber.IsEmpty ? [.. Enumerable.Range(0, leaves.Length)] : byNumber;
    }
}
