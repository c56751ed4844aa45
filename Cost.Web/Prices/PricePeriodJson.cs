using System.Collections.Immutable;

namespace Cost.Web.Prices;

/// <summary>GET /api/price-periods/{region}/{period}: the period's status (collecting, closed, published), revision and drafts.</summary>
public sealed record PricePeriodJson(string Region, string Period, string Status, int Revision, ImmutableArray<DraftJson> Drafts);
