using System.Collections.Immutable;

namespace Cost.Web.Prices;

/// <summary>GET /api/public/price-history/{region}/{resourceCode}: the published price of one series, month by month.</summary>
public sealed record PriceHistoryJson(ImmutableArray<PriceHistoryPointJson> Items);
