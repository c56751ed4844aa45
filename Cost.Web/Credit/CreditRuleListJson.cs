using System.Collections.Immutable;

namespace Cost.Web.Credit;

/// <summary>GET /api/public/credit-rules: the catalogue of credit rules.</summary>
public sealed record CreditRuleListJson(ImmutableArray<CreditRuleJson> Items);
