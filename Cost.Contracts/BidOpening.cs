using System.Collections.Immutable;
using Cost.Domain.Bidding;

namespace Cost.Contracts;

/// <summary>The platform's bid opening (docs/exchange-api.md), checked and ready for the tender's grain.</summary>
[GenerateSerializer, Immutable, Alias("Cost.BidOpening")]
public sealed record BidOpening(
    [property: Id(0)] IdempotentRequest Request,
    [property: Id(1)] DateTimeOffset OpenedAt,
    [property: Id(2)] ImmutableArray<Bid> Bids);
