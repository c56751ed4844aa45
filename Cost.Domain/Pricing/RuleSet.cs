namespace Cost.Domain.Pricing;

/// <summary>
/// The edition of GB/T 50500 a project is priced under, with the VAT rate it applies to the tax base.
/// Catalogued in data/rule-sets.json.
/// </summary>
/// <param name="Name">The edition's title in Chinese.</param>
/// <param name="Code">"GB50500-2013" or "GB/T50500-2024".</param>
/// <param name="InForceFrom">First day the edition applies to new tenders.</param>
/// <param name="VatRate">VAT as a fraction (0.09 = 9 %).</param>
public sealed record RuleSet(string Code, string Name, DateOnly InForceFrom, decimal VatRate);
