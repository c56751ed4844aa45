namespace Cost.Web.Exchange;

/// <summary>One bid of a bid opening: the bidder's USCC and name and the bid price in yuan.</summary>
public sealed record BidRequest(string BidderCreditCode, string BidderName, decimal Price);
