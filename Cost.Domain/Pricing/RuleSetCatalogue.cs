using System.Collections.Immutable;

namespace Cost.Domain.Pricing;

/// <summary>The rule sets a bureau accepts, oldest first.</summary>
public sealed class RuleSetCatalogue
{
    private readonly ImmutableArray<RuleSet> _ruleSets;

    public RuleSetCatalogue(IEnumerable<RuleSet> ruleSets)
    {
        _ruleSets = [.. ruleSets.OrderBy(r => r.InForceFrom).ThenBy(r => r.Code, StringComparer.Ordinal)];
        if (_ruleSets.IsEmpty)
        {
            throw new ArgumentException("规则集目录为空。", nameof(ruleSets));
        }

        if (_ruleSets.FirstOrDefault(r => TaxMethodsMissing(r).Any()) is { } incomplete)
        {
            throw new ArgumentException($"规则集 {incomplete.Code} 缺少计税方法：{string.Join("、", TaxMethodsMissing(incomplete).Select(TaxMethodCodes.Code))}。", nameof(ruleSets));
        }
    }

    public ImmutableArray<RuleSet> All => _ruleSets;

    /// <summary>The rule set with this code, or null.</summary>
    public RuleSet? Find(string code) => _ruleSets.FirstOrDefault(r => r.Code == code);

    /// <summary>The rule set with this code applied with a tender's tax method, or null.</summary>
    public RuleSet? Find(string code, TaxMethod method) => Find(code)?.For(method);

    /// <summary>The newest national edition already in force on the date (the default of a new tender).</summary>
    public RuleSet InForceOn(DateOnly date)
    {
        var national = _ruleSets.Where(r => r.Kind == RuleSetKind.National).ToList();
        var candidates = national.Count > 0 ? national : [.. _ruleSets];
        return candidates.LastOrDefault(r => r.InForceFrom <= date) ?? candidates[0];
    }

    private static IEnumerable<TaxMethod> TaxMethodsMissing(RuleSet ruleSet) =>
        Enum.GetValues<TaxMethod>().Where(m => !ruleSet.TaxRules.Any(t => t.Method == m));
}
