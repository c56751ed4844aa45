namespace Cost.Domain.Bidding;

/// <summary>The codes the exchange API writes for each <see cref="BidVerdict"/>.</summary>
public static class BidVerdicts
{
    /// <summary>"valid", "above-ceiling" or "invalid".</summary>
    public static string Code(BidVerdict verdict) => verdict switch
    {
        BidVerdict.Valid => "valid",
        BidVerdict.AboveCeiling => "above-ceiling",
        _ => "invalid",
    };
}
