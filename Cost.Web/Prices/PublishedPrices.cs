using System.Collections.Immutable;
using Cost.Domain;
using Cost.Domain.Prices;
using Cost.Silos.ReadModels;

namespace Cost.Web.Prices;

/// <summary>
/// The latest revision of a published period: what every output (pages, .xlsx, PDF, APIs) shows. A district
/// shows its own prices and, for every resource it did not publish that month, the city's, marked with
/// <see cref="InfoPrice.FromRegion"/>; a district that published nothing that month shows the city's whole list,
/// marked (revision 0).
/// </summary>
public sealed record PublishedPrices(ImmutableArray<InfoPrice> Prices, DateTimeOffset PublishedAt, int Revision)
{
    /// <summary>How many prices are the city's, shown for a district that did not publish them.</summary>
    public int FromCity => Prices.Count(p => p.FromRegion is not null);

    /// <summary>The period's latest revision (with the city's prices where a district published none), or null before anything is published.</summary>
    public static async Task<PublishedPrices?> ReadAsync(PriceQueries store, string region, YearMonth period)
    {
        ArgumentNullException.ThrowIfNull(store);
        var own = await OwnAsync(store, region, period);
        if (region == Regions.City)
        {
            return own;
        }

        var city = await OwnAsync(store, Regions.City, period);
        if (city is null)
        {
            return own;
        }

        var ownPrices = own?.Prices ?? [];
        var published = ownPrices.Select(p => (p.ResourceCode, p.Spec)).ToHashSet();
        var fallback = city.Prices.Where(p => !published.Contains((p.ResourceCode, p.Spec))).Select(p => p with { FromRegion = Regions.City });
        return new PublishedPrices([.. ownPrices.Concat(fallback).OrderBy(p => p.ResourceCode, StringComparer.Ordinal).ThenBy(p => p.Spec, StringComparer.Ordinal)],
            own?.PublishedAt ?? city.PublishedAt, own?.Revision ?? 0);
    }

    private static async Task<PublishedPrices?> OwnAsync(PriceQueries store, string region, YearMonth period)
    {
        var revisions = await store.RevisionsAsync(region, period);
        return revisions.IsEmpty
            ? null
            : new PublishedPrices(await store.PublishedAsync(region, period), revisions[^1].PublishedAt, (int)revisions[^1].Revision);
    }
}
