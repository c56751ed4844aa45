using System.Collections.Immutable;
using System.Globalization;

namespace Cost.Domain.Indices;

/// <summary>A request that passed every check, with its table indexed.</summary>
internal sealed record ValidIndexRequest(PricePanel Panel, YearMonth BasePeriod, ImmutableArray<IndexFormula> Formulas,
    bool Chained, MissingPrices MissingPrices, int? Window);

/// <summary>
/// Checks a calculator request whole and names each problem by its request field (
/// docs/architecture.md "Bad input": validate everything before computing anything).
/// </summary>
internal static class IndexRequestValidator
{
    public static ValidIndexRequest? Validate(IndexCalculatorInput input, out ImmutableArray<IndexProblem> problems)
    {
        var found = new List<IndexProblem>();
        void Add(string field, string message) => found.Add(new IndexProblem(field, message));

        var formulas = Formulas(input.Formulas, Add);
        var basePeriod = default(YearMonth);
        if (string.IsNullOrWhiteSpace(input.BasePeriod))
        {
            Add("basePeriod", "须指明基期（yyyy-MM）。");
        }
        else if (!YearMonth.TryParse(input.BasePeriod, out basePeriod))
        {
            Add("basePeriod", $"基期“{input.BasePeriod}”不是 yyyy-MM 格式的月份。");
        }

        var missing = MissingPrices.Matched;
        if (input.MissingPrices is "carry")
        {
            missing = MissingPrices.Carry;
        }
        else if (input.MissingPrices is not (null or "matched"))
        {
            Add("missingPrices", $"未知的缺价处理方式“{input.MissingPrices}”，可用：matched、carry。");
        }

        if (input.Splice is not (null or "mean"))
        {
            Add("splice", $"未知的拼接方式“{input.Splice}”，可用：mean。");
        }

        var anyGeks = formulas.Any(f => f.IsMultilateral());
        if (input.Window is not null && formulas.Length > 0 && !anyGeks)
        {
            Add("window", "window 仅适用于 GEKS 公式（geks-fisher、geks-tornqvist、geks-jevons），双边公式不使用窗口。");
        }

        if (input.Splice is not null && input.Window is null)
        {
            Add("splice", "splice 须与 window 一同使用：没有滚动窗口就没有拼接。");
        }

        var table = Rows(input.Observations, formulas.Any(f => f.UsesQuantities()), Add);
        if (table is { Periods.Count: > 0 } && YearMonth.TryParse(input.BasePeriod, out _) && !table.Periods.Contains(basePeriod))
        {
            Add("basePeriod", $"数据中没有基期 {basePeriod} 的价格。");
        }

        Window(input.Window, anyGeks, table, Add);
        if (table?.Panel is null || found.Count > 0)
        {
            problems = Capped(found);
            return null;
        }

        problems = [];
        return new ValidIndexRequest(table.Panel, basePeriod, formulas, input.Chained, missing, input.Window);
    }

    /// <summary>The window's bounds, and the work GEKS would do with it (or with every period when there is none).</summary>
    private static void Window(int? window, bool anyGeks, RowsRead? table, Action<string, string> add)
    {
        var periods = table?.Periods.Count ?? 0;
        if (window is < 2)
        {
            add("window", "窗口至少为 2 期。");
        }
        else if (window > periods && periods > 0)
        {
            add("window", $"窗口（{window} 期）大于数据的期数（{periods} 期）。");
        }

        var w = window ?? periods;
        if (anyGeks && table is not null && w >= 2 && w <= periods)
        {
            var pairs = IndexCalculatorLimits.PairCount(periods, w);
            if (pairs > IndexCalculatorLimits.GeksPairs || pairs * table.Items > IndexCalculatorLimits.GeksWork)
            {
                add(window is null ? "formulas" : "window",
                    $"GEKS 计算量过大（{periods} 期、窗口 {w} 期、{table.Items} 个项目），请使用较短的滚动窗口（window）。");
            }
        }
    }

    private static ImmutableArray<IndexFormula> Formulas(IReadOnlyList<string?>? names, Action<string, string> add)
    {
        if (names is null || names.Count == 0)
        {
            add("formulas", $"至少选择一个公式：{IndexFormulas.Known}。");
            return [];
        }

        var formulas = ImmutableArray.CreateBuilder<IndexFormula>();
        for (var k = 0; k < names.Count; k++)
        {
            if (IndexFormulas.TryParse(names[k], out var formula))
            {
                formulas.Add(formula);
            }
            else
            {
                add($"formulas[{k}]", $"未知公式“{names[k]}”，可用：{IndexFormulas.Known}。");
            }
        }

        return formulas.ToImmutable();
    }

    /// <summary>What the rows say, even when some are bad: their periods and item count, and the table indexed when all are good.</summary>
    private sealed record RowsRead(HashSet<YearMonth> Periods, int Items, PricePanel? Panel);

    /// <summary>
    /// Each row checked on its own, and each (period, item) seen twice named with its first row; null when
    /// there is nothing to read (no rows, or too many to look at).
    /// </summary>
    private static RowsRead? Rows(IReadOnlyList<IndexObservationInput?>? observations, bool needQuantities, Action<string, string> add)
    {
        if (observations is null || observations.Count == 0)
        {
            add("observations", "没有观测数据。");
            return null;
        }

        if (observations.Count > IndexCalculatorLimits.Observations)
        {
            add("observations", string.Create(CultureInfo.InvariantCulture,
                $"观测数 {observations.Count:N0} 超过上限 {IndexCalculatorLimits.Observations:N0}。"));
            return null;
        }

        var rows = new List<PanelObservation>(observations.Count);
        var rowItems = new List<int>(observations.Count);
        var positions = new List<int>(observations.Count);
        var items = new Dictionary<string, int>(StringComparer.Ordinal);
        var itemNames = new List<string>();
        var periods = new HashSet<YearMonth>();
        var valid = true;
        for (var k = 0; k < observations.Count; k++)
        {
            var (row, period, item) = Row(observations[k], k, needQuantities, add);
            if (period is { } p && item is not null)
            {
                periods.Add(p);
                if (!items.TryGetValue(item, out var number))
                {
                    items.Add(item, number = itemNames.Count);
                    itemNames.Add(item);
                }

                if (row is { } r)
                {
                    rows.Add(r);
                    rowItems.Add(number);
                    positions.Add(k);
                }
            }

            valid &= row is not null;
        }

        if ((long)items.Count * periods.Count > IndexCalculatorLimits.Cells)
        {
            add("observations", string.Create(CultureInfo.InvariantCulture,
                $"{items.Count:N0} 个项目 × {periods.Count:N0} 期的表过大（上限 {IndexCalculatorLimits.Cells:N0} 格），数据过于稀疏。"));
            return new RowsRead(periods, items.Count, null);
        }

        // Duplicates among the rows that read well, found while indexing them: cells already filled.
        var duplicates = new List<(int First, int Second)>();
        var panel = PricePanel.Build(rows, rowItems, itemNames, duplicates);
        foreach (var (first, second) in duplicates)
        {
            add($"observations[{positions[second]}]",
                $"与 observations[{positions[first]}] 重复：同一期（{rows[second].Period}）同一项目（{rows[second].Item}）只能有一行。");
        }

        return new RowsRead(periods, items.Count, valid && duplicates.Count == 0 ? panel : null);
    }

    /// <summary>One row's own checks; the period and item are answered when they read well, for the checks across rows.</summary>
    private static (PanelObservation? Row, YearMonth? Period, string? Item) Row(IndexObservationInput? sent, int k, bool needQuantities,
        Action<string, string> add)
    {
        // The row's name is written only for a problem: a valid table of 600,000 rows names none.
        string At() => $"observations[{k}]";
        if (sent is not { } o)
        {
            add(At(), "观测行为空。");
            return default;
        }

        var ok = true;
        var periodOk = YearMonth.TryParse(o.Period, out var period);
        if (!periodOk)
        {
            add($"{At()}.period", $"期间“{o.Period}”不是 yyyy-MM 格式的月份。");
            ok = false;
        }

        var item = o.Item?.Trim();
        if (string.IsNullOrEmpty(item))
        {
            add($"{At()}.item", "须填写项目。");
            ok = false;
        }

        switch (o.Price)
        {
            case null:
                add($"{At()}.price", "须填写价格。");
                ok = false;
                break;
            case var p when !double.IsFinite(p.Value):
                add($"{At()}.price", "价格须为有限数。");
                ok = false;
                break;
            case < 0:
                add($"{At()}.price", $"价格不能为负数（{o.Price.Value.ToString(CultureInfo.InvariantCulture)}）。");
                ok = false;
                break;
            case 0:
                add($"{At()}.price", "价格不能为 0：比值与对数类公式在零价格处无定义；该期无价时请省略该行。");
                ok = false;
                break;
        }

        switch (o.Quantity)
        {
            case null when needQuantities:
                add($"{At()}.quantity", "所选公式按数量加权，须填写数量。");
                ok = false;
                break;
            case { } q when !double.IsFinite(q):
                add($"{At()}.quantity", "数量须为有限数。");
                ok = false;
                break;
            case < 0:
                add($"{At()}.quantity", $"数量不能为负数（{o.Quantity.Value.ToString(CultureInfo.InvariantCulture)}）。");
                ok = false;
                break;
        }

        return (ok ? new PanelObservation(period, item!, o.Price!.Value, o.Quantity ?? 0) : null,
            periodOk ? period : null, string.IsNullOrEmpty(item) ? null : item);
    }

    private static ImmutableArray<IndexProblem> Capped(List<IndexProblem> found) =>
        found.Count <= IndexCalculatorLimits.Problems
            ? [.. found]
            : [.. found.Take(IndexCalculatorLimits.Problems),
                new IndexProblem("observations", $"另有 {found.Count - IndexCalculatorLimits.Problems} 个问题未列出。")];
}
