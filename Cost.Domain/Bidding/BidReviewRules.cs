using System.Collections.Immutable;

namespace Cost.Domain.Bidding;

/// <summary>
/// The parameters of the review signals (data/bid-review.json, editable by the bureau).
/// </summary>
/// <param name="AbnormallyLowShare">A bid below this fraction of the ceiling price is abnormally low (0.85).</param>
/// <param name="DeviationMinimumBids">The standard-deviation test needs at least this many valid bids (5).</param>
/// <param name="DeviationLimit">How many standard deviations below the mean count as abnormally low (2).</param>
/// <param name="UniformRatioBand">Ratios to the ceiling price closer than this (0.0001 = 0.01 %) are uniform.</param>
/// <param name="UniformRatioMinimumBids">How many bids make a uniform cluster (3).</param>
/// <param name="RestrictedBidders">USCCs of bidders restricted from bidding.</param>
public sealed record BidReviewRules(
    decimal AbnormallyLowShare,
    int DeviationMinimumBids,
    double DeviationLimit,
    decimal UniformRatioBand,
    int UniformRatioMinimumBids,
    ImmutableHashSet<string> RestrictedBidders)
{
    public static BidReviewRules Default { get; } = new(0.85m, 5, 2.0, 0.0001m, 3, ImmutableHashSet<string>.Empty);
}
