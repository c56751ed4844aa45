namespace Cost.Domain.PriceIndices;

/// <summary>
/// A resource's share of its category's typical consumption (a fraction of the elementary basket): every spec of
/// the code when <see cref="Spec"/> is null, split equally among them. Resources a basket names no weight for share
/// what is left equally.
/// </summary>
public sealed record ResourceWeight(string ResourceCode, string? Spec, double Weight);
