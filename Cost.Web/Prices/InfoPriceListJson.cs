using System.Collections.Immutable;

namespace Cost.Web.Prices;

/// <summary>GET /api/public/info-prices/{region}/{period}: the latest revision of a published month.</summary>
public sealed record InfoPriceListJson(string Region, string Period, DateTimeOffset PublishedAt, int Revision, int Total, ImmutableArray<InfoPriceJson> Items);
