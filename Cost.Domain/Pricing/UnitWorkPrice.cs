namespace Cost.Domain.Pricing;

/// <summary>
/// The ceiling price of one unit work, by the parts of 表-04 (yuan, each already rounded).
/// <see cref="Measures"/> includes <see cref="SafetyCivilization"/>, which is reported on its own too.
/// <see cref="SingleWork"/> is the 单项工程 the unit work belongs to, or null.
/// </summary>
public sealed record UnitWorkPrice(
    string Name,
    decimal MeasuredWorks,
    decimal UnitPricedMeasures,
    decimal LumpSumMeasures,
    decimal SafetyCivilization,
    decimal OtherItems,
    decimal StatutoryFees,
    decimal Tax,
    string? SingleWork = null)
{
    /// <summary>措施项目费 = 单价措施项目费 + 总价措施项目费.</summary>
    public decimal Measures => UnitPricedMeasures + LumpSumMeasures;

    /// <summary>The pre-tax sum that VAT is charged on.</summary>
    public decimal TaxBase => MeasuredWorks + Measures + OtherItems + StatutoryFees;

    /// <summary>measured + measures + other + fees + tax.</summary>
    public decimal Total => TaxBase + Tax;
}
