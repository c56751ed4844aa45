using Cost.Domain.Bills;

namespace Cost.Domain.Pricing;

/// <summary>
/// One way a unit work breaks its rule set: the rule code (<see cref="FindingRules"/>), how serious,
/// where (<see cref="Place"/>, and <see cref="Index"/> for an item), a message in Chinese, and the
/// stated and expected values (rates in percent for rate rules, amounts in yuan for abolished fees).
/// </summary>
public sealed record ComplianceBreach(
    string Rule,
    FindingSeverity Severity,
    BreachPlace Place,
    int Index,
    string Message,
    decimal? Stated = null,
    decimal? Expected = null);
