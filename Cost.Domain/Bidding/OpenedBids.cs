using System.Collections.Immutable;

namespace Cost.Domain.Bidding;

/// <summary>A tender's bid opening as evaluated: the ceiling price (yuan) it was checked against and each bid with its verdict.</summary>
public sealed record OpenedBids(decimal CeilingPrice, ImmutableArray<EvaluatedBid> Bids);
