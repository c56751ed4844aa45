using System.Collections.Immutable;

namespace Cost.Domain.Prices;

/// <summary>What publishing a period gives: the prices, how many were carried or withheld, and what changed against the previous revision.</summary>
public sealed record Publication(ImmutableArray<InfoPrice> Prices, int Carried, int Withheld, ImmutableArray<PriceChange> Changes);
