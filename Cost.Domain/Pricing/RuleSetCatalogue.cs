using System.Collections.Immutable;

namespace Cost.Domain.Pricing;

/// <summary>The editions a bureau accepts, newest last.</summary>
public sealed class RuleSetCatalogue
{
    private readonly ImmutableArray<RuleSet> _ruleSets;

    public RuleSetCatalogue(IEnumerable<RuleSet> ruleSets)
    {
        _ruleSets = [.. ruleSets.OrderBy(r => r.InForceFrom)];
        if (_ruleSets.IsEmpty)
        {
            throw new ArgumentException("规则集目录为空。", nameof(ruleSets));
        }
    }

    public ImmutableArray<RuleSet> All => _ruleSets;

    /// <summary>The rule set with this code, or null.</summary>
    public RuleSet? Find(string code) => _ruleSets.FirstOrDefault(r => r.Code == code);

    /// <summary>The newest edition already in force on the date.</summary>
    public RuleSet InForceOn(DateOnly date) =>
        _ruleSets.LastOrDefault(r => r.InForceFrom <= date) ?? _ruleSets[0];
}
