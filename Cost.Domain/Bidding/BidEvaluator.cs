using System.Collections.Immutable;
using Cost.Domain.Credit;

namespace Cost.Domain.Bidding;

/// <summary>
/// Checks the bids of an opening against the ceiling price: a verdict per bid and the review
/// signals of <see cref="BidFlags"/>. Bids come back in the order given; flags never change a verdict.
/// </summary>
public static class BidEvaluator
{
    /// <summary>Evaluates <paramref name="bids"/> against <paramref name="ceilingPrice"/> (yuan, &gt; 0).</summary>
    public static ImmutableArray<EvaluatedBid> Evaluate(decimal ceilingPrice, IReadOnlyList<Bid> bids, BidReviewRules rules)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(ceilingPrice);
        var verdicts = bids.Select(b => VerdictOf(ceilingPrice, b)).ToArray();
        var flags = bids.Select(_ => new SortedSet<string>(StringComparer.Ordinal)).ToArray();

        var priced = Enumerable.Range(0, bids.Count).Where(i => bids[i].Price > 0).ToArray();
        foreach (var i in priced.Where(i => bids[i].Price < ceilingPrice * rules.AbnormallyLowShare))
        {
            flags[i].Add(BidFlags.AbnormallyLow);
        }

        FlagFarBelowMean(bids, verdicts, rules, flags);

        foreach (var group in priced.GroupBy(i => Money.Round(bids[i].Price)).Where(g => g.Count() > 1))
        {
            foreach (var i in group)
            {
                flags[i].Add(BidFlags.DuplicatePrice);
            }
        }

        FlagUniformRatios(ceilingPrice, bids, priced, rules, flags);

        for (var i = 0; i < bids.Count; i++)
        {
            if (rules.RestrictedBidders.Contains(bids[i].BidderCreditCode.Trim()))
            {
                flags[i].Add(BidFlags.BidderRestricted);
            }
        }

        return [.. bids.Select((b, i) => new EvaluatedBid(b, verdicts[i], [.. flags[i]]))];
    }

    /// <summary>Invalid (bad USCC, non-positive price) before above-ceiling before valid.</summary>
    public static BidVerdict VerdictOf(decimal ceilingPrice, Bid bid) =>
        CreditCode.Problem(bid.BidderCreditCode) is not null || bid.Price <= 0 ? BidVerdict.Invalid
        : bid.Price > ceilingPrice ? BidVerdict.AboveCeiling
        : BidVerdict.Valid;

    // With n valid bids a single bid can lie at most √(n−1) population deviations from the mean,
    // so the test can fire from 6 valid bids on; the minimum stays configurable.
    private static void FlagFarBelowMean(IReadOnlyList<Bid> bids, BidVerdict[] verdicts, BidReviewRules rules, SortedSet<string>[] flags)
    {
        var valid = Enumerable.Range(0, bids.Count).Where(i => verdicts[i] == BidVerdict.Valid).ToArray();
        if (valid.Length < rules.DeviationMinimumBids || valid.Length == 0)
        {
            return;
        }

        var prices = valid.Select(i => (double)bids[i].Price).ToArray();
        var mean = prices.Average();
        var deviation = Math.Sqrt(prices.Sum(p => (p - mean) * (p - mean)) / prices.Length);
        if (deviation <= 0)
        {
            return;
        }

        foreach (var i in valid.Where(i => (double)bids[i].Price < mean - (rules.DeviationLimit * deviation)))
        {
            flags[i].Add(BidFlags.AbnormallyLow);
        }
    }

    private static void FlagUniformRatios(decimal ceilingPrice, IReadOnlyList<Bid> bids, int[] priced, BidReviewRules rules, SortedSet<string>[] flags)
    {
        var byRatio = priced.Select(i => (Index: i, Ratio: bids[i].Price / ceilingPrice)).OrderBy(x => x.Ratio).ToArray();
        var end = 0;
        for (var start = 0; start < byRatio.Length; start++)
        {
            end = Math.Max(end, start);
            while (end + 1 < byRatio.Length && byRatio[end + 1].Ratio - byRatio[start].Ratio < rules.UniformRatioBand)
            {
                end++;
            }

            if (end - start + 1 >= rules.UniformRatioMinimumBids)
            {
                for (var k = start; k <= end; k++)
                {
                    flags[byRatio[k].Index].Add(BidFlags.UniformRatio);
                }
            }
        }
    }
}
