using System.Collections.Immutable;

namespace Cost.Web.RuleSets;

/// <summary>GET /api/rule-sets.</summary>
public sealed record RuleSetListJson(ImmutableArray<RuleSetJson> Items);
