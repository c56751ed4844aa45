using System.Collections.Immutable;
using Cost.Domain.Indicators;
using Cost.Silos.ReadModels;
using Cost.Web.Indices;

namespace Cost.Web.Indicators;

/// <summary>
/// Cost indicators and the filed unit rates behind the pages, the API and the upload check, at
/// "today's prices" (<see cref="PriceLevel"/>) by the city's published indices.
/// </summary>
public sealed class IndicatorOperations(IndicatorQueries queries, PublishedIndices indices)
{
    public Task<ImmutableArray<IndicatorProject>> ProjectsAsync(CancellationToken cancellationToken = default) => queries.FiledProjectsAsync(cancellationToken);

    /// <summary>The cells of the filed projects in a region and filing year (all when null), optionally at today's prices.</summary>
    public async Task<IndicatorTable> TableAsync(string? region, int? year, bool todayPrices, CancellationToken cancellationToken = default)
    {
        var projects = (await ProjectsAsync(cancellationToken))
            .Where(p => (region is null || p.Region == region) && (year is null || p.FiledMonth.Year == year)).ToImmutableArray();
        var level = todayPrices ? await PriceLevelAsync(cancellationToken) : null;
        var latest = (await indices.PeriodsAsync(PublishedIndices.CityRegion, cancellationToken)).FirstOrDefault();
        return new IndicatorTable(projects.Length, CostIndicatorCalculator.Compute(projects, level), todayPrices ? latest : null);
    }

    /// <summary>Today's price level of each project relative to its filing month (1 where no index applies).</summary>
    public async Task<Func<IndicatorProject, double>> PriceLevelAsync(CancellationToken cancellationToken = default) =>
        PriceLevel.Of(await indices.SeriesAsync(PublishedIndices.CityRegion, null, cancellationToken));

    /// <summary>The tender price index of the city: median award ratio × composite index, by project type and award month.</summary>
    public async Task<ImmutableArray<TenderPriceCell>> TenderPricesAsync(CancellationToken cancellationToken = default) =>
        TenderPriceIndex.Compute(await ProjectsAsync(cancellationToken), await indices.SeriesAsync(PublishedIndices.CityRegion, null, cancellationToken));

    /// <summary>Filed unit rates at today's prices by 9-digit item code and unit, leaving out one tender's own lines.</summary>
    public async Task<IReadOnlyDictionary<(string Code, string Unit), ImmutableArray<double>>> FiledRatesAsync(string? exceptTender, CancellationToken cancellationToken = default) =>
        FiledUnitRates.Of(await ProjectsAsync(cancellationToken), exceptTender, await PriceLevelAsync(cancellationToken));
}
