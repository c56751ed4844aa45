using System.Collections.Immutable;
using Cost.Domain.Prices;

namespace Cost.Domain.PriceIndices;

/// <summary>
/// The default risk bands of the information-price adjustment (data/information-adjustment.json): materials ±5 %,
/// machinery ±10 % (GB 50500-2013 §3.4.3 条文说明 and common contract practice), and the categories that are
/// machinery or that the method does not apply to (labour follows the bureau's labour-rate notices).
/// </summary>
public sealed record InformationAdjustmentBands(
    decimal MaterialPercent,
    decimal MachineryPercent,
    ImmutableArray<string> MachineryCategories,
    ImmutableArray<string> ExcludedCategories)
{
    /// <summary>The default band of a resource in percent, or null when the method does not apply to its category.</summary>
    public decimal? PercentFor(Resource resource)
    {
        ArgumentNullException.ThrowIfNull(resource);
        return ExcludedCategories.Contains(resource.Category) ? null
            : MachineryCategories.Contains(resource.Category) ? MachineryPercent
            : MaterialPercent;
    }
}
