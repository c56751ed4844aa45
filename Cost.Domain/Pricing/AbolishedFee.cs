using Cost.Domain.Prices;

namespace Cost.Domain.Pricing;

/// <summary>
/// A fee the province has abolished (工程排污费 since 2018-01-01, …) and the day it ended: a tender
/// checked by the rule set may not price it above zero, in 表-11 or 表-13.
/// </summary>
public sealed record AbolishedFee(string Name, DateOnly EndedOn)
{
    /// <summary>Whether a row of this name is this fee (compared without spaces, full-width folded).</summary>
    public bool Matches(string name) => SpecText.Key(name).Contains(SpecText.Key(Name), StringComparison.Ordinal);
}
