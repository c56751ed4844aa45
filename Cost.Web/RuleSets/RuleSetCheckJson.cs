namespace Cost.Web.RuleSets;

/// <summary>
/// One check of a rule set: the finding rule it raises and how serious, the table and item it concerns, the rate
/// (percent) and base it requires, and what it means in Chinese.
/// </summary>
public sealed record RuleSetCheckJson(string Rule, string Severity, string? Table, string Item, decimal? Rate, string? Base, string Description);
