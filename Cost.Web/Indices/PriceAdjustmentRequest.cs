using System.Collections.Immutable;

namespace Cost.Web.Indices;

/// <summary>
/// POST /api/indices/price-adjustment: P0 (<see cref="Amount"/>), the fixed weight A, the base and
/// current months (F_0i and F_ti are the published fixed-base indices of those months) and each
/// variable part's index code and weight B_i. Region defaults to the city.
/// </summary>
public sealed record PriceAdjustmentRequest(
    decimal? Amount, decimal? FixedWeight, string? BasePeriod, string? CurrentPeriod, string? Region, ImmutableArray<AdjustmentFactorRequest>? Factors);

/// <summary>One variable part: the published index it follows and its weight B_i.</summary>
public sealed record AdjustmentFactorRequest(string? IndexCode, decimal? Weight);
