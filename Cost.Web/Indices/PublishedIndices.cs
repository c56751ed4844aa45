using System.Collections.Immutable;
using Cost.Domain;
using Cost.Domain.PriceIndices;
using Cost.Silos.Hosting;
using Cost.Silos.ReadModels;

namespace Cost.Web.Indices;

/// <summary>
/// The published indices as every output reads them (pages, API, exchange, downloads): a region's
/// values under the current base period of data/index-baskets.json. The city (610100) when no region is named.
/// </summary>
public sealed class PublishedIndices(IndexQueries store, BasketCatalogue baskets, ReferenceData reference)
{
    public const string CityRegion = Regions.City;

    public BasketCatalogue Baskets => baskets;

    /// <summary>A known region code, or the city's.</summary>
    public string Region(string? region) => region is not null && reference.RegionName(region) is not null ? region : CityRegion;

    public string RegionName(string region) => reference.RegionName(region) ?? region;

    /// <summary>One month's indices, or empty before that month is published.</summary>
    public Task<ImmutableArray<PriceIndex>> MonthAsync(string region, YearMonth period, CancellationToken cancellationToken = default) =>
        store.PeriodAsync(region, period, baskets.BasePeriod, cancellationToken);

    /// <summary>Months with published indices, newest first.</summary>
    public Task<ImmutableArray<YearMonth>> PeriodsAsync(string region, CancellationToken cancellationToken = default) =>
        store.PeriodsAsync(region, baskets.BasePeriod, cancellationToken);

    /// <summary>Every index's values from <paramref name="from"/> on, by index code, oldest first.</summary>
    public async Task<ImmutableDictionary<string, ImmutableArray<PriceIndex>>> SeriesAsync(string region, YearMonth? from = null, CancellationToken cancellationToken = default) =>
        (await store.HistoryAsync(region, baskets.BasePeriod, from, cancellationToken)).GroupBy(i => i.IndexCode, StringComparer.Ordinal)
            .ToImmutableDictionary(g => g.Key, g => g.ToImmutableArray(), StringComparer.Ordinal);

    /// <summary>The published value of one index in one month (rounded as published: 2 decimals), or null.</summary>
    public async Task<decimal?> ValueAsync(string region, string indexCode, YearMonth period, CancellationToken cancellationToken = default) =>
        (await MonthAsync(region, period, cancellationToken)).FirstOrDefault(i => i.IndexCode == indexCode) is { } found ? Published(found.FixedBase) : null;

    /// <summary>Indices are published with 2 decimals (GB/T 51290-2018 §6); the stored values keep 6.</summary>
    public static decimal Published(double value) => Math.Round((decimal)value, 2, MidpointRounding.AwayFromZero);

    public static decimal? Published(double? value) => value is { } v ? Published(v) : null;
}
