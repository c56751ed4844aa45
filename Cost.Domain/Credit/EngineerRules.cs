namespace Cost.Domain.Credit;

/// <summary>The rules of registered cost engineers' own files (data/engineer-credit-rules.json), apart from the firms' catalogue.</summary>
public sealed record EngineerRules(CreditRuleCatalogue Catalogue)
{
    /// <summary>The engineers' rules that follow the firm's rule <paramref name="firmRule"/>.</summary>
    public IEnumerable<CreditRule> Following(string firmRule) => Catalogue.All.Where(r => r.FollowsFirmRule == firmRule);
}
