using System.Collections.Immutable;

namespace Cost.Domain.Pricing;

/// <summary>
/// The rules a tender is priced and checked by: a national edition of GB/T 50500 (arithmetic only) or
/// a province's rule set, which adds compliance checks (<see cref="ComplianceCheck"/>). Catalogued in
/// data/rule-sets/, one file each.
/// </summary>
/// <param name="Code">"GB50500-2013", "GB/T50500-2024", "SN-2025", …</param>
/// <param name="Name">The title in Chinese.</param>
/// <param name="Kind">National or provincial.</param>
/// <param name="InForceFrom">First day the rule set applies to new tenders.</param>
/// <param name="TaxRules">The VAT of each tax method; every <see cref="Pricing.TaxMethod"/> has one.</param>
/// <param name="NonCompetitiveFees">不可竞争费: rate and base fixed by the province (none for a national edition).</param>
/// <param name="AbolishedFees">Fees that may no longer be priced.</param>
/// <param name="SampleValues">True when the values are samples, not the bureau's current documents.</param>
public sealed record RuleSet(
    string Code,
    string Name,
    RuleSetKind Kind,
    DateOnly InForceFrom,
    ImmutableArray<TaxRule> TaxRules,
    ImmutableArray<NonCompetitiveFee> NonCompetitiveFees,
    ImmutableArray<AbolishedFee> AbolishedFees,
    bool SampleValues = false)
{
    /// <summary>
    /// The tax method the rule set is applied with: the tender's (<see cref="For"/>); 一般计税 until one is chosen.
    /// </summary>
    public TaxMethod TaxMethod { get; init; } = TaxMethod.General;

    /// <summary>The VAT rule of <see cref="TaxMethod"/>.</summary>
    public TaxRule Tax => TaxRules.Single(t => t.Method == TaxMethod);

    /// <summary>
    /// VAT as a fraction (0.09 = 9 %) for the tax method applied: the one rate the ceiling price and
    /// the 税金 check use.
    /// </summary>
    public decimal VatRate => Tax.RatePercent / 100m;

    /// <summary>The fees a tender must price above zero.</summary>
    public IEnumerable<NonCompetitiveFee> RequiredFees => NonCompetitiveFees.Where(f => f.Required);

    /// <summary>This rule set applied with a tender's tax method.</summary>
    public RuleSet For(TaxMethod method) => this with { TaxMethod = method };
}
