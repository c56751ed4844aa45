using System.Collections.Immutable;

namespace Cost.Domain.Indices;

/// <summary>One formula's index over every period of the table, in period order.</summary>
/// <param name="Formula">The formula.</param>
/// <param name="Chained">True for a chain-linked bilateral series; GEKS series are transitive and never chained.</param>
/// <param name="Values">One value per period of the table, in order, base period = 100.</param>
public sealed record IndexSeries(IndexFormula Formula, bool Chained, ImmutableArray<IndexValue> Values);
