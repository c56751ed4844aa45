using System.Collections.Immutable;
using Cost.Domain;
using Cost.Domain.Materials;
using Cost.Domain.Prices;
using Cost.Silos.Hosting;
using Cost.Silos.ReadModels;

namespace Cost.Web.Projects;

/// <summary>
/// The main-materials check run on every BoQ upload: the bill's main materials against the published
/// tax-exclusive 信息价 of the tender's region (its city's where the district publishes none).
/// </summary>
public sealed class MaterialPriceReview(PriceQueries prices, MaterialMatcher matcher, ReferenceData reference, MaterialPriceCheckOptions options)
{
    /// <param name="region">The tender's region.</param>
    /// <param name="basePeriod">The month compared with; null takes the latest month published for the region or its city.</param>
    /// <param name="rows">The rows of the bill's main-materials tables.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <returns>The check, or null when the bill has no main-materials table.</returns>
    public async Task<MaterialCheck?> ReviewAsync(string region, YearMonth? basePeriod, ImmutableArray<MaterialRow> rows, CancellationToken cancellationToken = default)
    {
        if (rows.IsEmpty)
        {
            return null;
        }

        string[] regions = RegionCode.CityOf(region) is { } city && reference.RegionName(city) is not null ? [region, city] : [region];
        var month = basePeriod ?? await prices.LatestPublishedPeriodAsync(regions, cancellationToken);
        var published = new List<RegionPrices>();
        if (month is { } m)
        {
            foreach (var r in regions)
            {
                published.Add(new RegionPrices(r, NameOf(r), await prices.PublishedAsync(r, m, cancellationToken: cancellationToken)));
            }
        }

        return MaterialPriceCheck.Check(rows, matcher, (region, NameOf(region)), month, published, options);
    }

    private string NameOf(string region) => reference.RegionName(region) ?? region;
}
