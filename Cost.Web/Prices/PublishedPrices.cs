using System.Collections.Immutable;
using Cost.Domain;
using Cost.Domain.Prices;
using Cost.Silos.ReadModels;

namespace Cost.Web.Prices;

/// <summary>The latest revision of a published period: what every output (pages, .xlsx, PDF, APIs) shows.</summary>
public sealed record PublishedPrices(ImmutableArray<InfoPrice> Prices, DateTimeOffset PublishedAt, int Revision)
{
    /// <summary>The period's latest revision, or null before it is published.</summary>
    public static async Task<PublishedPrices?> ReadAsync(PriceQueries store, string region, YearMonth period)
    {
        var revisions = await store.RevisionsAsync(region, period);
        return revisions.IsEmpty
            ? null
            : new PublishedPrices(await store.PublishedAsync(region, period), revisions[^1].PublishedAt, (int)revisions[^1].Revision);
    }
}
