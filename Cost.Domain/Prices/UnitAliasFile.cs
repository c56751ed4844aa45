using System.Collections.Immutable;

namespace Cost.Domain.Prices;

/// <summary>The shape of data/units.json.</summary>
public sealed record UnitAliasFile(ImmutableArray<UnitDefinition> Units, ImmutableArray<UnitConversion> Conversions);
