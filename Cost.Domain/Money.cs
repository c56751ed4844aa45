namespace Cost.Domain;

/// <summary>
/// The one rounding rule for money: yuan, 2 decimals, half away from zero.
/// GB/T 50500-2013 §4.1 and its calculation tables round each amount that the standard states
/// (line amount, lump-sum item, fee, tax) to the fen; sums of rounded amounts are exact.
/// </summary>
public static class Money
{
    /// <summary>Rounds an amount in yuan to 2 decimals, half away from zero.</summary>
    public static decimal Round(decimal yuan) => Math.Round(yuan, 2, MidpointRounding.AwayFromZero);

    /// <summary>round(quantity × unit rate, 2): the line amount (合价) of a BoQ line.</summary>
    public static decimal LineAmount(decimal quantity, decimal unitRate) => Round(quantity * unitRate);

    /// <summary>round(base × rate% / 100, 2): a lump-sum item or a fee priced on a base.</summary>
    public static decimal OfPercent(decimal baseAmount, decimal ratePercent) => Round(baseAmount * ratePercent / 100m);

    /// <summary>round(base × rate, 2) with the rate as a fraction (VAT 0.09).</summary>
    public static decimal OfFraction(decimal baseAmount, decimal rate) => Round(baseAmount * rate);

    /// <summary>round(yuan / 10 000, 2): an amount in 万元 as the bureau's forms state ceiling prices.</summary>
    public static decimal TenThousands(decimal yuan) => Round(yuan / 10_000m);

    /// <summary>round(total / area, 2) in 元/m² (单方造价), or null without a positive building area.</summary>
    public static decimal? PerSquareMetre(decimal total, decimal? area) => area is > 0 ? Round(total / area.Value) : null;
}
