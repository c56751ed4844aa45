using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace Cost.Domain.Indices;

/// <summary>
/// Fixed-base and chained series of the seven bilateral formulas (docs/domain-rules.md "Indices";
/// GB/T 51290-2018 定基指数 and 环比指数; CPI Manual 2004 §15.78–15.97 on chaining). Every formula of a
/// request shares one comparison per pair of periods.
/// </summary>
public static class BilateralIndices
{
    /// <summary>
    /// Fixed base: each period t compares the base with t over the items priced in both; the base itself is 100.
    /// </summary>
    public static ImmutableArray<IndexSeries> FixedBase(PricePanel panel, int basePeriod, IReadOnlyList<IndexFormula> formulas)
    {
        ArgumentNullException.ThrowIfNull(panel);
        ArgumentNullException.ThrowIfNull(formulas);
        var values = NewValues(formulas.Count, panel.PeriodCount);
        for (var t = 0; t < panel.PeriodCount; t++)
        {
            var comparison = t == basePeriod ? default : BilateralComparison.Compare(panel, basePeriod, t);
            for (var f = 0; f < formulas.Count; f++)
            {
                values[f][t] = t == basePeriod
                    ? new IndexValue(panel.Periods[t], 100)
                    : Value(panel.Periods[t], comparison.Of(formulas[f]), () => Undefined(comparison, panel.Periods[basePeriod], panel.Periods[t]));
            }
        }

        return Series(formulas, chained: false, values);
    }

    /// <summary>
    /// Chained: the link t−1→t compares consecutive periods of the table over the items priced in both;
    /// the level at t after the base is 100 × the product of the links from the base to t, and before
    /// the base 100 ÷ the product of the links from t to the base. A link that is undefined leaves every
    /// level beyond it (away from the base) undefined.
    /// </summary>
    public static ImmutableArray<IndexSeries> Chained(PricePanel panel, int basePeriod, IReadOnlyList<IndexFormula> formulas)
    {
        ArgumentNullException.ThrowIfNull(panel);
        ArgumentNullException.ThrowIfNull(formulas);
        var links = new BilateralComparison[panel.PeriodCount];
        for (var t = 1; t < panel.PeriodCount; t++)
        {
            links[t] = BilateralComparison.Compare(panel, t - 1, t);
        }

        var values = NewValues(formulas.Count, panel.PeriodCount);
        for (var f = 0; f < formulas.Count; f++)
        {
            var formula = formulas[f];
            values[f][basePeriod] = new IndexValue(panel.Periods[basePeriod], 100);
            var level = 1.0;
            string? broken = null;
            for (var t = basePeriod + 1; t < panel.PeriodCount; t++)
            {
                level *= links[t].Of(formula);
                broken ??= double.IsNaN(level) ? BrokenLink(links[t], panel.Periods[t - 1], panel.Periods[t]) : null;
                values[f][t] = broken is null ? new IndexValue(panel.Periods[t], 100 * level) : new IndexValue(panel.Periods[t], null, broken);
            }

            level = 1.0;
            broken = null;
            for (var t = basePeriod - 1; t >= 0; t--)
            {
                level *= links[t + 1].Of(formula);
                broken ??= double.IsNaN(level) ? BrokenLink(links[t + 1], panel.Periods[t], panel.Periods[t + 1]) : null;
                values[f][t] = broken is null ? new IndexValue(panel.Periods[t], 100 / level) : new IndexValue(panel.Periods[t], null, broken);
            }
        }

        return Series(formulas, chained: true, values);
    }

    private static IndexValue Value(YearMonth period, double ratio, Func<string> why) =>
        double.IsNaN(ratio) ? new IndexValue(period, null, why()) : new IndexValue(period, 100 * ratio);

    /// <summary>Why a comparison has no value, in the words a person would use.</summary>
    internal static string Undefined(BilateralComparison comparison, YearMonth from, YearMonth to) =>
        comparison.Matched == 0
            ? $"{from} 与 {to} 没有两期都有价格的项目，无法比较。"
            : $"{from} 与 {to} 共同项目的数量全部为 0（支出额为 0），加权公式无定义。";

    private static string BrokenLink(BilateralComparison link, YearMonth from, YearMonth to) =>
        $"环比链在 {from}→{to} 断开：" + Undefined(link, from, to);

    private static IndexValue[][] NewValues(int formulas, int periods)
    {
        var values = new IndexValue[formulas][];
        for (var f = 0; f < formulas; f++)
        {
            values[f] = new IndexValue[periods];
        }

        return values;
    }

    private static ImmutableArray<IndexSeries> Series(IReadOnlyList<IndexFormula> formulas, bool chained, IndexValue[][] values)
    {
        var series = ImmutableArray.CreateBuilder<IndexSeries>(formulas.Count);
        for (var f = 0; f < formulas.Count; f++)
        {
            series.Add(new IndexSeries(formulas[f], chained, ImmutableCollectionsMarshal.AsImmutableArray(values[f])));
        }

        return series.MoveToImmutable();
    }
}
