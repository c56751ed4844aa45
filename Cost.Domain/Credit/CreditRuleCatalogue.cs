using System.Collections.Immutable;

namespace Cost.Domain.Credit;

/// <summary>The rule catalogue (data/credit-rules.json). Refuses at start-up a file a clerk got wrong.</summary>
public sealed class CreditRuleCatalogue
{
    private readonly Dictionary<string, CreditRule> _byCode;

    public CreditRuleCatalogue(IEnumerable<CreditRule> rules)
    {
        All = [.. rules];
        var problems = All.Select(r => r.Problem()).OfType<string>()
            .Concat(All.GroupBy(r => r.Code, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => $"诚信规则编号 {g.Key} 重复。"))
            .ToList();
        if (problems.Count > 0)
        {
            throw new InvalidDataException(string.Join(" ", problems));
        }

        _byCode = All.ToDictionary(r => r.Code, StringComparer.Ordinal);
    }

    public ImmutableArray<CreditRule> All { get; }

    /// <summary>The rule with this code (exact, case-sensitive), or null.</summary>
    public CreditRule? Find(string? code) => code is not null && _byCode.TryGetValue(code.Trim(), out var rule) ? rule : null;
}
