namespace Cost.Domain.Bidding;

/// <summary>One bid as read out at the opening: the bidder's USCC, name and price in yuan (at most 2 decimals).</summary>
public sealed record Bid(string BidderCreditCode, string BidderName, decimal Price);
