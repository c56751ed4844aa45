namespace Cost.Domain.Bills;

/// <summary>
/// One priced line of 表-08. Quantities and rates are as stated; the amount is always computed
/// (GB/T 50500-2013 §5.2.2: 合价 = 工程量 × 综合单价). <see cref="ProvisionalInRate"/> (其中：暂估价) is
/// already inside the amount and is never added again.
/// </summary>
public sealed record BoqLine(
    string ItemCode,
    string Name,
    string Features,
    string Unit,
    decimal Quantity,
    decimal UnitRate,
    LineKind Kind,
    decimal? ProvisionalInRate = null)
{
    /// <summary>round(quantity × unit rate, 2), in yuan.</summary>
    public decimal Amount => Money.LineAmount(Quantity, UnitRate);
}
