using System.Collections.Immutable;
using Cost.Web.Prices;

namespace Cost.Web.Exchange;

/// <summary>GET /exchange/v1/info-prices/{region}/{period}: one page of the latest revision of a published month.</summary>
public sealed record ExchangeInfoPricePage(
    string Region, string Period, DateTimeOffset PublishedAt, int Revision, int Total, int Page, int PageSize, ImmutableArray<InfoPriceJson> Items);
