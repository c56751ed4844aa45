namespace Cost.Domain.Bidding;

/// <summary>
/// What the opening makes of a bid. A bid above the ceiling price must be rejected
/// (GB/T 50500-2013 §5.1.1: the ceiling price is the highest price a bid may carry).
/// </summary>
public enum BidVerdict
{
    /// <summary>A well-formed bid at or below the ceiling price.</summary>
    Valid,

    /// <summary>The price is greater than the ceiling price: the bid must be rejected.</summary>
    AboveCeiling,

    /// <summary>The bidder's credit code is not a valid USCC, or the price is not positive.</summary>
    Invalid,
}
