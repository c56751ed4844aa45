namespace Cost.Web.Projects;

/// <summary>
/// Configuration section Pricing: what a tender registered without <c>ruleSet</c> or <c>taxMethod</c> is
/// checked by. A bureau under a provincial rule set sets <see cref="DefaultRuleSet"/> to its code.
/// </summary>
public sealed class PricingOptions
{
    /// <summary>A rule-set code of data/rule-sets/; empty: the newest national edition in force on the day of registration.</summary>
    public string? DefaultRuleSet { get; set; }

    /// <summary>"general" (一般计税, the default) or "simple" (简易计税).</summary>
    public string DefaultTaxMethod { get; set; } = "general";
}
