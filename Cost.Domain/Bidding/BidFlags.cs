namespace Cost.Domain.Bidding;

/// <summary>
/// Review signals on a bid. A flag asks the evaluation committee to look closer; it never changes
/// the verdict.
/// </summary>
public static class BidFlags
{
    /// <summary>
    /// Below the configured share of the ceiling price (default 85 %), or — with at least 5 valid
    /// bids — more than 2 population standard deviations below the mean of the valid bids.
    /// </summary>
    public const string AbnormallyLow = "abnormally-low";

    /// <summary>Another bidder offered the same price to the fen.</summary>
    public const string DuplicatePrice = "duplicate-price";

    /// <summary>
    /// Three or more bids whose ratios to the ceiling price lie within a band narrower than
    /// 0.01 percentage points (max − min &lt; 0.0001): a sign of coordinated bidding.
    /// </summary>
    public const string UniformRatio = "uniform-ratio";

    /// <summary>The bidder's credit code is on the restriction list (data/bid-review.json).</summary>
    public const string BidderRestricted = "bidder-restricted";
}
