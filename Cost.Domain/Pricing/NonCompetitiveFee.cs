using Cost.Domain.Prices;

namespace Cost.Domain.Pricing;

/// <summary>
/// A fee that is not open to competition (不可竞争费, GB 50500-2013 §3.1.5–3.1.6): 安全文明施工费 in
/// 表-11 and the 规费 of 表-13 must be priced at the rate and on the base the province sets.
/// A 表-11 item is recognised by its code (the first digits, e.g. 011707001) or its name, a 表-13 fee
/// by its name. <see cref="Required"/>: the item must be present and priced above zero.
/// </summary>
public sealed record NonCompetitiveFee(
    PricedTable Table,
    string? Code,
    string Name,
    decimal RatePercent,
    string BaseText,
    bool Required)
{
    /// <summary>Whether a row with this code and name is this fee (names compared without spaces, full-width folded).</summary>
    public bool Matches(string? code, string name) =>
        (Code is { Length: > 0 } prefix && code is not null && code.Trim().StartsWith(prefix, StringComparison.Ordinal))
        || SpecText.Key(name).Contains(SpecText.Key(Name), StringComparison.Ordinal);
}
