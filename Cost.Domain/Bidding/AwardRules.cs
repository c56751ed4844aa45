using System.Globalization;

namespace Cost.Domain.Bidding;

/// <summary>
/// When an award of a tender makes sense. The winner is chosen among the bids read out at the
/// opening (招标投标法 §40: the winner is recommended from the bids the committee evaluated), a bid
/// above the ceiling price is rejected (GB/T 50500-2013 §5.1.1), so an award needs the opening,
/// a price not above its ceiling, and a valid bid of the winner at that very price.
/// </summary>
public static class AwardRules
{
    /// <summary>
    /// Why an award of <paramref name="price"/> (yuan) to <paramref name="winnerCreditCode"/> cannot stand against
    /// <paramref name="opening"/> (null: the tender was never opened), or null when it can.
    /// The credit code is compared trimmed and case-insensitively, the price to the fen.
    /// </summary>
    public static AwardRefusal? Refusal(OpenedBids? opening, string winnerCreditCode, decimal price)
    {
        if (opening is null)
        {
            return AwardRefusal.WithoutOpening;
        }

        if (price > opening.CeilingPrice)
        {
            return AwardRefusal.AboveCeiling;
        }

        var winner = winnerCreditCode.Trim();
        return opening.Bids.Any(b => b.Verdict == BidVerdict.Valid
            && string.Equals(b.Bid.BidderCreditCode.Trim(), winner, StringComparison.OrdinalIgnoreCase)
            && Money.Round(b.Bid.Price) == Money.Round(price))
            ? null
            : AwardRefusal.WinnerNotAValidBid;
    }

    /// <summary>The refusal in Chinese for the platform's operator.</summary>
    public static string Explain(AwardRefusal refusal, string tenderCode, string winnerCreditCode, decimal price, decimal? ceilingPrice) => refusal switch
    {
        AwardRefusal.WithoutOpening => $"招标项目 {tenderCode} 尚未收到开标结果，须先开标再登记中标结果。",
        AwardRefusal.AboveCeiling => string.Create(CultureInfo.InvariantCulture, $"中标价 {price:0.00} 元高于最高投标限价 {ceilingPrice:0.00} 元。"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{winnerCreditCode} 在招标项目 {tenderCode} 的开标中没有报价为 {price:0.00} 元的有效投标。"),
    };
}
