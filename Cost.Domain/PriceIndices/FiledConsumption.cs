using System.Collections.Immutable;

namespace Cost.Domain.PriceIndices;

/// <summary>
/// One category's consumption summed over the filed bills' main-materials tables: how many bills list a
/// resource of it (<see cref="Bills"/>) and the value used per resource (each <see cref="MaterialUse"/> of the category, summed).
/// </summary>
public sealed record FiledConsumption(string Category, int Bills, ImmutableArray<MaterialUse> Uses);
