using System.Collections.Immutable;
using Cost.Domain.Bidding;
using Cost.Tests.Domain.Credit;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Cost.Tests.Domain.Bidding;

/// <summary>Laws of the bid evaluation: order kept, verdicts independent of flags and of the other bids.</summary>
public class BidEvaluatorLaws
{
    private static readonly decimal Ceiling = 10_000_000m;

    private static Gen<Bid> Bids =>
        from body in Gen.Choose(10_000_000, 10_000_020)
        from broken in Gen.Frequency((9, Gen.Constant(false)), (1, Gen.Constant(true)))
        from fen in Gen.OneOf(Gen.Choose(-100, 1_300_000_000), Gen.Choose(850_000_000, 850_000_010), Gen.Choose(0, 2))
        select new Bid(broken ? "91610000XXXXXXXXXX" : CreditBuilder.Code(body), $"投标人{body}", fen / 100m);

    private static Arbitrary<ImmutableArray<Bid>> Openings => Arb.From(Gen.ListOf(Bids).Select(bs => bs.ToImmutableArray()));

    private static Arbitrary<BidReviewRules> Rules => Arb.From(
        from share in Gen.Choose(50, 100)
        from restricted in Gen.Choose(10_000_000, 10_000_020).ListOf()
        select BidReviewRules.Default with { AbnormallyLowShare = share / 100m, RestrictedBidders = [.. restricted.Select(CreditBuilder.Code)] });

    [Property(MaxTest = 200)]
    public Property Bids_come_back_in_the_order_sent() =>
        Prop.ForAll(Openings, Rules, (bids, rules) => BidEvaluator.Evaluate(Ceiling, bids, rules).Select(e => e.Bid).SequenceEqual(bids));

    [Property(MaxTest = 200)]
    public Property Flags_never_change_a_verdict() =>
        Prop.ForAll(Openings, Rules, (bids, rules) =>
            BidEvaluator.Evaluate(Ceiling, bids, rules).All(e => e.Verdict == BidEvaluator.VerdictOf(Ceiling, e.Bid)));

    [Property(MaxTest = 200)]
    public Property A_price_above_the_ceiling_is_never_valid() =>
        Prop.ForAll(Openings, Rules, (bids, rules) =>
            BidEvaluator.Evaluate(Ceiling, bids, rules).Where(e => e.Bid.Price > Ceiling).All(e => e.Verdict != BidVerdict.Valid));

    [Property(MaxTest = 200)]
    public Property A_non_positive_price_is_invalid() =>
        Prop.ForAll(Openings, Rules, (bids, rules) =>
            BidEvaluator.Evaluate(Ceiling, bids, rules).Where(e => e.Bid.Price <= 0).All(e => e.Verdict == BidVerdict.Invalid));

    [Property(MaxTest = 200)]
    public Property A_bid_sharing_its_price_with_another_is_flagged() =>
        Prop.ForAll(Openings, Rules, (bids, rules) =>
            BidEvaluator.Evaluate(Ceiling, bids, rules).Where(e => e.Bid.Price > 0 && bids.Count(b => b.Price == e.Bid.Price) > 1)
                .All(e => e.Flags.Contains(BidFlags.DuplicatePrice)));

    [Property(MaxTest = 200)]
    public Property Evaluation_is_the_same_whatever_the_order() =>
        Prop.ForAll(Openings, Rules, (bids, rules) =>
        {
            var forward = BidEvaluator.Evaluate(Ceiling, bids, rules);
            var backward = BidEvaluator.Evaluate(Ceiling, [.. bids.Reverse()], rules).Reverse();
            return forward.Zip(backward).All(p => p.First.Verdict == p.Second.Verdict && p.First.Flags.SequenceEqual(p.Second.Flags));
        });
}
