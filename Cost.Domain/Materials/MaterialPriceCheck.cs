using System.Collections.Immutable;

namespace Cost.Domain.Materials;

/// <summary>
/// The main materials a bill prices (表-21 基准单价, GB 50500-2013 §9.8.2 and appendix L.2: the base prices from
/// which material price changes are adjusted by 造价信息差额调整法) against the published tax-exclusive 信息价 of
/// the tender's region for its base month, the way a 造价站 reviewer works: a price beyond the band is a warning,
/// never an error — the compiler may have reasons (a brand, a delivery) that the reviewer weighs.
/// </summary>
public static class MaterialPriceCheck
{
    /// <param name="rows">The rows of the bill's main-materials tables.</param>
    /// <param name="matcher">Matches rows to the resource catalogue.</param>
    /// <param name="region">The tender's region (code and name).</param>
    /// <param name="month">The month compared with; null when no month is published (every material is then "no price").</param>
    /// <param name="prices">The month's published prices by region, in order of preference: the tender's region, then its city.</param>
    /// <param name="options">The band and the categories not compared.</param>
    public static MaterialCheck Check(IEnumerable<MaterialRow> rows, MaterialMatcher matcher, (string Code, string Name) region,
        YearMonth? month, IReadOnlyList<RegionPrices> prices, MaterialPriceCheckOptions options)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(matcher);
        ArgumentNullException.ThrowIfNull(prices);
        ArgumentNullException.ThrowIfNull(options);
        var published = prices
            .Select(p => (p.Region, p.RegionName, ByKey: p.Prices.ToDictionary(i => (i.ResourceCode, i.Spec), i => i)))
            .ToList();
        var lines = rows.Select(row =>
        {
            var match = matcher.Match(row);
            var category = match is { } m ? m.Resource.Category : matcher.CategoryOfUnit(row.Unit);
            if (category == options.LabourCategory || category == options.MachineryCategory)
            {
                return new MaterialCheckLine(row, category == options.LabourCategory ? MaterialStatus.Labour : MaterialStatus.Machinery,
                    match?.Resource.Code, match?.Resource.Spec);
            }

            if (match is not var (resource, factor))
            {
                return new MaterialCheckLine(row, MaterialStatus.Unmatched);
            }

            // The district's own price, else the city's (a district that publishes none is priced by its city).
            var found = published.Select(p => (p.Region, p.RegionName, Price: p.ByKey.GetValueOrDefault((resource.Code, resource.Spec))))
                .FirstOrDefault(p => p.Price is { PriceExclTax: > 0m });
            if (found.Price is not { } info || row.Price is not { } stated)
            {
                return new MaterialCheckLine(row, MaterialStatus.NoPrice, resource.Code, resource.Spec, ResourceCategory: resource.Category);
            }

            // The 信息价 in the row's unit, so that stated and expected are read side by side at the cell.
            var expected = Money.Round(info.PriceExclTax * factor);
            var deviation = expected == 0m ? 0m : (Money.Round(stated) - expected) / expected;
            return new MaterialCheckLine(row, Math.Abs(deviation) > options.Band ? MaterialStatus.Deviating : MaterialStatus.Within,
                resource.Code, resource.Spec, expected, found.Region, found.RegionName,
                Math.Round(deviation * 100m, 1, MidpointRounding.AwayFromZero), resource.Category);
        });
        return new MaterialCheck(region.Code, region.Name, month, options.Band, [.. lines]);
    }
}
