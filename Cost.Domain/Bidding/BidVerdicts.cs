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

    /// <summary>The verdict <see cref="Code"/> wrote; anything else is <see cref="BidVerdict.Invalid"/>.</summary>
    public static BidVerdict Parse(string code) => code switch
    {
        "valid" => BidVerdict.Valid,
        "above-ceiling" => BidVerdict.AboveCeiling,
        _ => BidVerdict.Invalid,
    };
}
