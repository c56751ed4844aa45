using System.Collections.Immutable;

namespace Cost.Domain.Pricing;

/// <summary>A tender's ceiling price (最高投标限价): the sum over its unit works, in yuan.</summary>
public sealed record CeilingPrice(string RuleSet, ImmutableArray<UnitWorkPrice> Units)
{
    public decimal Total => Units.Sum(u => u.Total);
}
