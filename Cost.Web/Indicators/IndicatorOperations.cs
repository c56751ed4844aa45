using System.Collections.Concurrent;
using System.Collections.Immutable;
using Cost.Domain;
using Cost.Domain.Bills;
using Cost.Domain.Indicators;
using Cost.Silos.ReadModels;
using Cost.Web.Indices;

namespace Cost.Web.Indicators;

/// <summary>
/// Cost indicators, the filed unit rates behind the upload check and the tender price index, from the
/// aggregates kept at filing, at "today's prices" (<see cref="PriceLevel"/>) by the city's published indices.
/// </summary>
public sealed class IndicatorOperations(IndicatorQueries queries, PublishedIndices indices)
{
    private const int MaxCachedTables = 256;

    private readonly ConcurrentDictionary<(string? Region, int? Year, bool TodayPrices), (string Version, IndicatorTable Table)> _tables = new();

    /// <summary>The filing years with filed projects, newest first.</summary>
    public Task<ImmutableArray<int>> YearsAsync(CancellationToken cancellationToken = default) => queries.YearsAsync(cancellationToken);

    /// <summary>
    /// The cells of the filed projects in a region and filing year (all when null), optionally at today's prices:
    /// computed from the stored values once per change of what they depend on (a filing, an award, an index
    /// computation), then answered from memory, so that reading them costs the same however many tenders are filed.
    /// </summary>
    public async Task<IndicatorTable> TableAsync(string? region, int? year, bool todayPrices, CancellationToken cancellationToken = default)
    {
        var version = await queries.VersionAsync(cancellationToken);
        var key = (region, year, todayPrices);
        if (_tables.TryGetValue(key, out var cached) && cached.Version == version)
        {
            return cached.Table;
        }

        var table = await ComputeAsync(region, year, todayPrices, cancellationToken);
        if (_tables.Count >= MaxCachedTables)
        {
            // Any region and year can be asked for: the memory held stays bounded, the common ones come back at once.
            _tables.Clear();
        }

        _tables[key] = (version, table);
        return table;
    }

    private async Task<IndicatorTable> ComputeAsync(string? region, int? year, bool todayPrices, CancellationToken cancellationToken)
    {
        var values = await queries.ValuesAsync(region, year, cancellationToken);
        var level = todayPrices ? await PriceLevelAsync(cancellationToken) : null;
        var latest = (await indices.PeriodsAsync(PublishedIndices.CityRegion, cancellationToken)).FirstOrDefault();
        return new IndicatorTable(values.Select(v => v.TenderCode).Distinct().Count(), CostIndicatorCalculator.Compute(values, level), todayPrices ? latest : null);
    }

    /// <summary>Today's price level of a project type filed in a month, relative to its filing month (1 where no index applies).</summary>
    public async Task<Func<string, YearMonth, double>> PriceLevelAsync(CancellationToken cancellationToken = default) =>
        PriceLevel.Of(await indices.SeriesAsync(PublishedIndices.CityRegion, null, cancellationToken));

    /// <summary>The filed unit rates at today's prices of the item codes a bill uses, leaving out the tender's own filed lines.</summary>
    public async Task<IReadOnlyDictionary<(string Code, string Unit), RateDistribution>> FiledRatesAsync(string tenderCode, Boq boq, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(boq);
        var codes = boq.UnitWorks.SelectMany(u => u.Lines).Select(l => UnitRateCheck.Key(l).Code).ToHashSet(StringComparer.Ordinal);
        var cells = await queries.RateCellsAsync(codes, cancellationToken);
        var own = await queries.OwnCellsAsync(tenderCode, cancellationToken);
        var today = PriceLevel.Index(await indices.SeriesAsync(PublishedIndices.CityRegion, null, cancellationToken));
        return FiledUnitRates.Distributions(cells.Concat(own.Select(c => c with { Lines = -c.Lines })), today);
    }

    /// <summary>The tender price index of the city: median award ratio × composite index, by project type and award month.</summary>
    public async Task<ImmutableArray<TenderPriceCell>> TenderPricesAsync(CancellationToken cancellationToken = default) =>
        TenderPriceIndex.Compute(await queries.AwardsAsync(cancellationToken), await indices.SeriesAsync(PublishedIndices.CityRegion, null, cancellationToken));
}
