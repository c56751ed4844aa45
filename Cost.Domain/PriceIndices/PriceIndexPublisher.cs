using System.Collections.Immutable;
using Cost.Domain.Prices;

namespace Cost.Domain.PriceIndices;

/// <summary>
/// The month's published indices (GB/T 51290-2018; docs/domain-rules.md "Indices"):
/// <list type="bullet">
/// <item>elementary index of a category = 100 × Σ_i s_i · P_it / P_i0 ÷ Σ_i s_i over its resources priced in both
/// the base month and t, with base-period weights s_i from the category's typical consumption where the basket
/// names them, equal otherwise (the survey quantities are suppliers' lots, not the city's use); a price carried
/// forward from an earlier month says nothing about this month's market and is left out, the index saying how
/// many were (GB/T 51290-2018 §5);</item>
/// <item>composite index of a project type = Σ_c w_c · I_c / Σ_c w_c over its categories with a value
/// (the weights are fixed base-period cost shares, so this is Laspeyres; with every category present
/// the divisor is 1 and the composite equals the single-stage Laspeyres over all resources with weights w_c · s_i);</item>
/// <item>chained = I_t / I_t−1 × 100, year-on-year = I_t / I_t−12 × 100, under the same base;</item>
/// <item>contribution of category c to a composite's change = w_c (I_c,t − I_c,t−1) / C_t−1 × 100 percentage points.</item>
/// </list>
/// Prices are tax-exclusive (除税价), as costs are estimated since the 2016 VAT reform.
/// </summary>
public static class PriceIndexPublisher
{
    /// <param name="indexBase">The base period's prepared prices.</param>
    /// <param name="period">The month computed.</param>
    /// <param name="prices">That month's published information prices.</param>
    /// <param name="previous">Fixed-base values of t−1 by index code (empty when not published).</param>
    /// <param name="yearAgo">Fixed-base values of t−12 by index code (empty when not published).</param>
    public static ImmutableArray<PriceIndex> Compute(IndexBase indexBase, YearMonth period, IEnumerable<InfoPrice> prices,
        IReadOnlyDictionary<string, double> previous, IReadOnlyDictionary<string, double> yearAgo)
    {
        ArgumentNullException.ThrowIfNull(indexBase);
        ArgumentNullException.ThrowIfNull(prices);
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(yearAgo);
        var baskets = indexBase.Baskets;
        var sums = new double[baskets.Elementary.Length];
        var weights = new double[baskets.Elementary.Length];
        var carried = new int[baskets.Elementary.Length];
        foreach (var p in prices)
        {
            if (!indexBase.TryFind(p.ResourceCode, p.Spec, out var basket, out var basePrice, out var weight))
            {
                continue;
            }

            if (p.Carried)
            {
                carried[basket]++;
                continue;
            }

            sums[basket] += weight * ((double)p.PriceExclTax / basePrice);
            weights[basket] += weight;
        }

        var elementary = new double?[sums.Length];
        var result = ImmutableArray.CreateBuilder<PriceIndex>(baskets.Elementary.Length + baskets.Composite.Length);
        for (var i = 0; i < sums.Length; i++)
        {
            var e = baskets.Elementary[i];
            // Carried prices are imputed at the category's movement among fresh ones; with none fresh, that movement is nil.
            double? computed = weights[i] > 0 ? 100 * sums[i] / weights[i]
                : carried[i] > 0 && previous.TryGetValue(e.Code, out var last) ? last
                : null;
            if (computed is null)
            {
                continue;
            }

            var value = elementary[i] = computed;
            result.Add(Value(e.Code, e.Name, IndexKind.Elementary, period, baskets.BasePeriod, value.Value, previous, yearAgo, [], carried[i]) with { WeightBills = e.FiledBills });
        }

        for (var c = 0; c < baskets.Composite.Length; c++)
        {
            var parts = indexBase.Composite[c];
            double total = 0, weight = 0;
            foreach (var (index, w) in parts)
            {
                if (elementary[index] is { } v)
                {
                    total += w * v;
                    weight += w;
                }
            }

            if (weight <= 0)
            {
                continue;
            }

            var basket = baskets.Composite[c];
            var composite = total / weight;
            var previousComposite = previous.TryGetValue(basket.Code, out var pc) ? pc : (double?)null;
            var contributions = parts.Where(x => elementary[x.Index] is not null).Select(x =>
            {
                var e = baskets.Elementary[x.Index];
                double? points = previousComposite is { } before && previous.TryGetValue(e.Code, out var was)
                    ? x.Weight / weight * (elementary[x.Index]!.Value - was) / before * 100
                    : null;
                return new IndexContribution(e.Code, e.Name, x.Weight / weight, points);
            });
            result.Add(Value(basket.Code, basket.Name, IndexKind.Composite, period, baskets.BasePeriod, composite, previous, yearAgo, [.. contributions],
                parts.Sum(x => carried[x.Index])));
        }

        return result.ToImmutable();
    }

    /// <summary>
    /// A run of months in order (oldest first): each month's chained and year-on-year values use the
    /// months computed before it. For republishing a whole history and for the benchmark.
    /// </summary>
    public static ImmutableArray<ImmutableArray<PriceIndex>> Series(IndexBase indexBase, IReadOnlyList<(YearMonth Period, IReadOnlyCollection<InfoPrice> Prices)> months)
    {
        ArgumentNullException.ThrowIfNull(months);
        var byPeriod = new Dictionary<YearMonth, IReadOnlyDictionary<string, double>>();
        var result = ImmutableArray.CreateBuilder<ImmutableArray<PriceIndex>>(months.Count);
        foreach (var (period, prices) in months)
        {
            var values = Compute(indexBase, period, prices, byPeriod.GetValueOrDefault(period.Previous) ?? Empty, byPeriod.GetValueOrDefault(period.AddMonths(-12)) ?? Empty);
            byPeriod[period] = FixedBase(values);
            result.Add(values);
        }

        return result.ToImmutable();
    }

    /// <summary>The fixed-base values of a month's indices by code, as the next month's <c>previous</c>.</summary>
    public static IReadOnlyDictionary<string, double> FixedBase(IEnumerable<PriceIndex> indices) =>
        indices.ToDictionary(i => i.IndexCode, i => i.FixedBase, StringComparer.Ordinal);

    private static readonly IReadOnlyDictionary<string, double> Empty = new Dictionary<string, double>();

    private static PriceIndex Value(string code, string name, IndexKind kind, YearMonth period, YearMonth basePeriod, double value,
        IReadOnlyDictionary<string, double> previous, IReadOnlyDictionary<string, double> yearAgo, ImmutableArray<IndexContribution> contributions, int carried) =>
        new(code, name, kind, period, basePeriod, value,
            previous.TryGetValue(code, out var p) && p > 0 ? value / p * 100 : null,
            yearAgo.TryGetValue(code, out var y) && y > 0 ? value / y * 100 : null,
            contributions, carried);
}
