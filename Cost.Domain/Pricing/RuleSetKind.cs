namespace Cost.Domain.Pricing;

/// <summary>
/// A national edition of GB/T 50500 checks the arithmetic only; a provincial rule set adds the
/// province's compliance checks (不可竞争费, required and abolished fees, the tax rate).
/// </summary>
public enum RuleSetKind
{
    National,
    Provincial,
}
