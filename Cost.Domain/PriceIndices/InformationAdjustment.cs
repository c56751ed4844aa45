namespace Cost.Domain.PriceIndices;

/// <summary>
/// Price adjustment by the published information price (造价信息差额调整法, GB 50500-2013 §9.8.2 and appendix A.2)
/// for one material or machine: only the part of the move beyond the agreed risk band is adjusted, and the band is
/// measured from the price that favours neither party.
/// </summary>
public static class InformationAdjustment
{
    /// <summary>
    /// GB 50500-2013 §A.2.1: a rise is measured from the higher of 基准单价 and 投标单价, a fall from the lower; within
    /// base × (1 ± band) nothing is adjusted, beyond it the difference to that limit is, times the quantity.
    /// </summary>
    /// <param name="quantity">The quantity of the resource used in the period (合同约定的调差数量).</param>
    /// <param name="basePrice">基准单价: the information price of the base month the employer set in the tender documents.</param>
    /// <param name="bidPrice">投标单价; null when the bid used the base price.</param>
    /// <param name="informationPrice">The information price of the period being adjusted.</param>
    /// <param name="band">The risk band as a fraction (0.05 for ±5 %).</param>
    public static InformationAdjustmentResult Adjust(decimal quantity, decimal basePrice, decimal? bidPrice, decimal informationPrice, decimal band)
    {
        var bid = bidPrice ?? basePrice;
        var upper = Math.Max(basePrice, bid) * (1m + band);
        var lower = Math.Min(basePrice, bid) * (1m - band);
        var difference = informationPrice > upper ? informationPrice - upper
            : informationPrice < lower ? informationPrice - lower
            : 0m;
        return new InformationAdjustmentResult(upper, lower, difference, Money.Round(quantity * difference));
    }
}
