using System.Collections.Immutable;

namespace Cost.Domain.Indices;

/// <summary>The calculator's answer: the series in the order of the request's formulas, or every problem of a refused request.</summary>
public sealed record IndexCalculation(ImmutableArray<IndexSeries> Series, ImmutableArray<IndexProblem> Problems)
{
    public bool Succeeded => Problems.IsEmpty;
}
