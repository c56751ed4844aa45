using Cost.Domain.Bidding;
using Cost.Tests.Domain.Credit;

namespace Cost.Tests.Domain.Bidding;

public class BidEvaluatorTests
{
    private const decimal Ceiling = 1_000_000m;
    private static readonly BidReviewRules Rules = BidReviewRules.Default;

    private static Bid At(decimal price, int body = 10_000_001) => new(CreditBuilder.Code(body), "投标人", price);

    [Fact]
    public void A_price_equal_to_the_ceiling_is_valid_and_one_fen_more_is_above_it()
    {
        var result = BidEvaluator.Evaluate(Ceiling, [At(Ceiling, 1), At(Ceiling + 0.01m, 2)], Rules);
        Assert.Equal([BidVerdict.Valid, BidVerdict.AboveCeiling], result.Select(r => r.Verdict));
    }

    [Fact]
    public void A_bad_credit_code_or_a_zero_price_is_invalid()
    {
        var result = BidEvaluator.Evaluate(Ceiling, [new Bid("91610000XXXXXXXXXX", "x", 900_000m), At(0m)], Rules);
        Assert.All(result, r => Assert.Equal(BidVerdict.Invalid, r.Verdict));
    }

    [Fact]
    public void Below_the_share_of_the_ceiling_is_abnormally_low()
    {
        var result = BidEvaluator.Evaluate(Ceiling, [At(849_999.99m, 1), At(850_000m, 2)], Rules);
        Assert.Contains(BidFlags.AbnormallyLow, result[0].Flags);
        Assert.DoesNotContain(BidFlags.AbnormallyLow, result[1].Flags);
    }

    [Fact]
    public void Far_below_the_mean_of_enough_valid_bids_is_abnormally_low()
    {
        Bid[] bids = [.. Enumerable.Range(0, 9).Select(i => At(990_000m + (i * 1_000m), 10 + i)), At(900_000m, 30)];
        var result = BidEvaluator.Evaluate(Ceiling, bids, Rules);
        Assert.Contains(BidFlags.AbnormallyLow, result[^1].Flags);
        Assert.All(result.Take(9), r => Assert.DoesNotContain(BidFlags.AbnormallyLow, r.Flags));

        var fewer = BidEvaluator.Evaluate(Ceiling, bids[5..], Rules);
        Assert.DoesNotContain(BidFlags.AbnormallyLow, fewer[^1].Flags);
    }

    [Fact]
    public void Three_ratios_within_a_hundredth_of_a_percent_are_uniform()
    {
        var result = BidEvaluator.Evaluate(Ceiling, [At(950_000m, 1), At(950_050m, 2), At(950_099m, 3), At(960_000m, 4)], Rules);
        Assert.All(result.Take(3), r => Assert.Contains(BidFlags.UniformRatio, r.Flags));
        Assert.DoesNotContain(BidFlags.UniformRatio, result[3].Flags);

        var two = BidEvaluator.Evaluate(Ceiling, [At(950_000m, 1), At(950_050m, 2), At(950_100m, 3)], Rules);
        Assert.DoesNotContain(two, r => r.Flags.Contains(BidFlags.UniformRatio));
    }

    [Fact]
    public void A_restricted_bidder_is_flagged_but_keeps_its_verdict()
    {
        var restricted = CreditBuilder.Code(10_000_007);
        var result = BidEvaluator.Evaluate(Ceiling, [At(900_000m, 10_000_007)], Rules with { RestrictedBidders = [restricted] });
        Assert.Equal(BidVerdict.Valid, result[0].Verdict);
        Assert.Equal(BidFlags.BidderRestricted, Assert.Single(result[0].Flags));
    }
}
