using System.Collections.Immutable;
using Cost.Domain.PriceIndices;

namespace Cost.Domain.Indicators;

/// <summary>
/// A tender price index in the manner of the BCIS Tender Price Index: where the composite cost index
/// (GB/T 51290-2018) follows what a building costs at published prices, this follows what contractors
/// actually bid for it. For each project type and award month: the median of the awards' ratios to
/// their ceiling prices, times the type's composite index of that month (the last value at or before
/// it). A month with fewer than <see cref="CostIndicatorCalculator.MinimumProjects"/> awards is not
/// published, for the same reasons an indicator cell is not.
/// </summary>
public static class TenderPriceIndex
{
    /// <param name="awards">The recorded awards.</param>
    /// <param name="composites">Published indices by index code (a composite's code is its project type), oldest month first.</param>
    /// <returns>The published cells, by project type then month.</returns>
    public static ImmutableArray<TenderPriceCell> Compute(IEnumerable<AwardedTender> awards, IReadOnlyDictionary<string, ImmutableArray<PriceIndex>> composites)
    {
        ArgumentNullException.ThrowIfNull(awards);
        ArgumentNullException.ThrowIfNull(composites);
        return
        [
            .. awards
                .Where(a => a.Ratio > 0)
                .GroupBy(a => (a.ProjectType, a.Month))
                .Where(g => g.Count() >= CostIndicatorCalculator.MinimumProjects)
                .OrderBy(g => g.Key.ProjectType, StringComparer.Ordinal).ThenBy(g => g.Key.Month)
                .Select(g => Cell(g.Key.ProjectType, g.Key.Month, [.. g.Select(a => a.Ratio).Order()], composites)),
        ];
    }

    private static TenderPriceCell Cell(string type, YearMonth month, double[] ratios, IReadOnlyDictionary<string, ImmutableArray<PriceIndex>> composites)
    {
        var median = IndicatorStatistics.Percentile(ratios, 50);
        var composite = composites.TryGetValue(type, out var series) ? series.LastOrDefault(i => i.Kind == IndexKind.Composite && i.Period <= month)?.FixedBase : null;
        return new TenderPriceCell(type, month, ratios.Length, median, composite, median * composite);
    }
}
