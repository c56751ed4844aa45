using System.Collections.Immutable;
using Cost.Domain.Prices;

namespace Cost.Domain.Materials;

/// <summary>The published information prices of one region (administrative division code and name) for the month checked.</summary>
public sealed record RegionPrices(string Region, string RegionName, ImmutableArray<InfoPrice> Prices);
