using System.Collections.Immutable;

namespace Cost.Domain.Prices;

/// <summary>A unit as the catalogue writes it (t, m3, 工日 …) and the spellings surveys use for it.</summary>
public sealed record UnitDefinition(string Unit, string Name, ImmutableArray<string> Aliases);
