using System.Collections.Immutable;

namespace Cost.Domain.Reviews;

/// <summary>
/// What a review found: the published and reviewed totals, the overall deviation
/// (reviewed − published) / published, each unit work's deviation and the decision.
/// <see cref="WithinGoodTolerance"/> is true when the deviation is within the good-review band (±1 %).
/// </summary>
public sealed record ReviewFigures(
    decimal PublishedTotal,
    decimal ReviewedTotal,
    decimal Deviation,
    ImmutableArray<UnitDeviation> Units,
    ReviewDecision Decision,
    bool WithinGoodTolerance);
