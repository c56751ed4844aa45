using System.Collections.Immutable;

namespace Cost.Domain.Bidding;

/// <summary>A bid with its verdict and review flags (<see cref="BidFlags"/>), in a fixed order.</summary>
public sealed record EvaluatedBid(Bid Bid, BidVerdict Verdict, ImmutableArray<string> Flags);
