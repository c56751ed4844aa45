using Cost.Domain.Bidding;
using Cost.Tests.Domain.Credit;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Cost.Tests.Domain.Bidding;

/// <summary>An award stands only against its tender's opening: a valid bid of the winner at the award price, not above the ceiling price.</summary>
public class AwardRulesTests
{
    private const decimal Ceiling = 1_000_000m;
    private static readonly string Winner = CreditBuilder.Code(10_000_001);
    private static readonly string Other = CreditBuilder.Code(10_000_002);

    private static OpenedBids Opening(params Bid[] bids) => new(Ceiling, BidEvaluator.Evaluate(Ceiling, bids, BidReviewRules.Default));

    [Fact]
    public void An_award_without_an_opening_is_refused()
    {
        Assert.Equal(AwardRefusal.WithoutOpening, AwardRules.Refusal(null, Winner, 900_000m));
    }

    [Fact]
    public void The_valid_bid_of_the_winner_at_its_price_stands()
    {
        var opening = Opening(new Bid(Winner, "甲", 900_000m), new Bid(Other, "乙", 950_000m));
        Assert.Null(AwardRules.Refusal(opening, Winner, 900_000m));
        Assert.Null(AwardRules.Refusal(opening, " " + Winner.ToLowerInvariant() + " ", 900_000.00m));
    }

    [Fact]
    public void Another_price_a_firm_that_did_not_bid_or_an_invalid_bid_is_refused()
    {
        var opening = Opening(new Bid(Winner, "甲", 900_000m), new Bid(Other, "乙", -1m));
        Assert.Equal(AwardRefusal.WinnerNotAValidBid, AwardRules.Refusal(opening, Winner, 899_999.99m));
        Assert.Equal(AwardRefusal.WinnerNotAValidBid, AwardRules.Refusal(opening, CreditBuilder.Code(10_000_003), 900_000m));
        Assert.Equal(AwardRefusal.WinnerNotAValidBid, AwardRules.Refusal(opening, Other, -1m));
    }

    [Fact]
    public void A_price_above_the_ceiling_is_refused_even_for_a_bid_at_that_price()
    {
        var opening = Opening(new Bid(Winner, "甲", Ceiling + 0.01m));
        Assert.Equal(AwardRefusal.AboveCeiling, AwardRules.Refusal(opening, Winner, Ceiling + 0.01m));
        Assert.Null(AwardRules.Refusal(Opening(new Bid(Winner, "甲", Ceiling)), Winner, Ceiling));
    }

    [Property(MaxTest = 200)]
    public Property A_valid_bid_can_be_awarded_at_its_price_and_what_stands_is_a_valid_bid_not_above_the_ceiling() =>
        Prop.ForAll(Gen.Choose(1, 150_000_000).Select(fen => new Bid(Winner, "甲", fen / 100m)).ListOf().ToArbitrary(), Gen.Choose(1, 150_000_000).ToArbitrary(), (bids, fen) =>
        {
            var opening = Opening([.. bids]);
            var price = fen / 100m;
            var stands = AwardRules.Refusal(opening, Winner, price) is null;
            return opening.Bids.Where(b => b.Verdict == BidVerdict.Valid).All(b => AwardRules.Refusal(opening, Winner, b.Bid.Price) is null)
                && (!stands || (price <= Ceiling && opening.Bids.Any(b => b.Verdict == BidVerdict.Valid && b.Bid.Price == price)));
        });
}
