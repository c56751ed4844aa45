namespace Cost.Domain.Pricing;

/// <summary>
/// The VAT of one tax method under a rule set: the rate in percent (9 = 9 %) and the 计算基础 it is
/// charged on, as the rule set's document words it.
/// </summary>
public sealed record TaxRule(TaxMethod Method, string Name, decimal RatePercent, string BaseText);
