using System.Collections.Immutable;

namespace Cost.Silos.Exchange;

/// <summary>One bid of an opening answer: verdict "valid" | "above-ceiling" | "invalid" and its review flags.</summary>
public sealed record OpenedBid(string BidderCreditCode, string BidderName, decimal Price, string Verdict, ImmutableArray<string> Flags);
