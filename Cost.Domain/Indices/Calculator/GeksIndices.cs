using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace Cost.Domain.Indices;

/// <summary>
/// GEKS-Fisher, GEKS-Törnqvist and GEKS-Jevons over the full table or a rolling window with the mean
/// splice (docs/domain-rules.md "Indices"; CPI Manual 2020 ch. 7 / ILO-IMF "Consumer Price Index
/// Manual: Concepts and Methods" §§ on multilateral methods; Ivancic, Diewert and Fox 2011).
/// </summary>
/// <remarks>
/// Every bilateral comparison P(l, t) with l &lt; t that some window needs is computed once, for all three
/// formulas at once, and kept as a logarithm in a band of width w − 1; P(t, l) = 1 / P(l, t) because
/// Fisher, Törnqvist and Jevons satisfy time reversal on the same matched set, and P(t, t) = 1.
/// </remarks>
public static class GeksIndices
{
    /// <summary>
    /// The series of each GEKS formula: with <paramref name="window"/> null or equal to the number of
    /// periods, G_t = [Π_{l∈W} P(l,t)]^(1/|W|) over every period and the index is 100 × G_t / G_base; with a
    /// shorter window, the first window's values, then each later period spliced on by the geometric mean
    /// of the w − 1 overlap ratios, and finally the whole series expressed with the base period = 100.
    /// </summary>
    public static ImmutableArray<IndexSeries> Compute(PricePanel panel, int basePeriod, IReadOnlyList<IndexFormula> formulas, int? window)
    {
        ArgumentNullException.ThrowIfNull(panel);
        ArgumentNullException.ThrowIfNull(formulas);
        var n = panel.PeriodCount;
        var w = window ?? n;
        ArgumentOutOfRangeException.ThrowIfLessThan(w, Math.Min(2, n));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(w, n);
        var band = PairBand.Compute(panel, w);
        var series = ImmutableArray.CreateBuilder<IndexSeries>(formulas.Count);
        foreach (var formula in formulas)
        {
            var logs = band.Logs(formula);
            var level = w == n ? WindowLogs(logs, w, 0, n) : Spliced(logs, w, n);
            var values = new IndexValue[n];
            for (var t = 0; t < n; t++)
            {
                var log = level[t] - level[basePeriod];
                values[t] = double.IsNaN(log)
                    ? new IndexValue(panel.Periods[t], null, Undefined(band, panel, formula, t, basePeriod, w))
                    : new IndexValue(panel.Periods[t], t == basePeriod ? 100 : 100 * Math.Exp(log));
            }

            series.Add(new IndexSeries(formula, false, ImmutableCollectionsMarshal.AsImmutableArray(values)));
        }

        return series.MoveToImmutable();
    }

    /// <summary>
    /// ln G_t = (1/|W|) Σ_{l∈W} ln P(l, t) for each t of the window [start, start + size), indexed by period.
    /// </summary>
    private static double[] WindowLogs(PairLogs logs, int w, int start, int periods)
    {
        var result = new double[periods];
        Array.Fill(result, double.NaN);
        for (var t = start; t < start + w; t++)
        {
            var sum = 0.0;
            for (var l = start; l < start + w; l++)
            {
                sum += logs.Between(l, t);
            }

            result[t] = sum / w;
        }

        return result;
    }

    /// <summary>
    /// The rolling window with the mean splice, word by word from the contract: periods 1…w take the
    /// first window's values; for each later T, "new" = GEKS on T−w+1…T and "old" = GEKS on T−w…T−1 (its
    /// own values); for each overlap period m in T−w+1…T−1 the ratio (new_T / new_m) ÷ (old_{T−1} / old_m);
    /// published_T = published_{T−1} × the geometric mean of those w − 1 ratios. In logarithms the
    /// geometric mean is the arithmetic mean. Returns ln of the published level, relative to period 1.
    /// </summary>
    private static double[] Spliced(PairLogs logs, int w, int n)
    {
        var published = WindowLogs(logs, w, 0, n);
        var old = (double[])published.Clone();
        for (var last = w; last < n; last++)
        {
            var fresh = WindowLogs(logs, w, last - w + 1, n);
            var sum = 0.0;
            for (var m = last - w + 1; m <= last - 1; m++)
            {
                sum += (fresh[last] - fresh[m]) - (old[last - 1] - old[m]);
            }

            published[last] = published[last - 1] + (sum / (w - 1));
            old = fresh;
        }

        return published;
    }

    private static string Undefined(PairBand band, PricePanel panel, IndexFormula formula, int t, int basePeriod, int w)
    {
        var (from, to) = band.FirstUndefined(formula, Math.Max(Math.Max(t, basePeriod), w - 1));
        return $"GEKS 所用的两期比较 {panel.Periods[from]} 与 {panel.Periods[to]} 无定义（没有两期都有价格的项目，或共同项目的支出额为 0），"
            + $"因此 {panel.Periods[t]} 的指数无定义。";
    }
}
