using Cost.Domain.Materials;

namespace Cost.Silos.ReadModels;

/// <summary>A filed, not yet opened tender the stale-price alarm looks at: its current version, ceiling price (yuan) and main-materials check.</summary>
public sealed record StaleCandidate(string TenderCode, int Version, decimal CeilingTotal, MaterialCheck Materials);
