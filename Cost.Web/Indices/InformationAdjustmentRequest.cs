using System.Collections.Immutable;

namespace Cost.Web.Indices;

/// <summary>
/// POST /api/indices/information-adjustment: the items to adjust by the published information price
/// (GB 50500-2013 appendix A.2) and the region whose prices apply (default 610100; a district falls back to the city).
/// </summary>
public sealed record InformationAdjustmentRequest(ImmutableArray<InformationAdjustmentItemRequest>? Items, string? Region);

/// <summary>
/// One material or machine: resource code, spec (needed when the code has several), quantity, 基准单价, 投标单价
/// (optional), the agreed risk band in percent (optional, else the default of its category) and the month
/// (yyyy-MM) whose information price applies. Prices are tax-exclusive.
/// </summary>
public sealed record InformationAdjustmentItemRequest(
    string? ResourceCode, string? Spec, decimal? Quantity, decimal? BasePrice, decimal? BidPrice, decimal? RiskPercent, string? Period);
