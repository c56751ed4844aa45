using System.Collections.Immutable;

namespace Cost.Domain.Prices;

/// <summary>The shape of data/resources.json.</summary>
public sealed record ResourceCatalogueFile(ImmutableArray<Resource> Resources);
