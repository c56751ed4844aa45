using Cost.Domain.Prices;

namespace Cost.Contracts;

/// <summary>A period's state and the counts of its last operation.</summary>
[GenerateSerializer, Immutable, Alias("Cost.PeriodSummary")]
public sealed record PeriodSummary(
    [property: Id(0)] string Region,
    [property: Id(1)] string Period,
    [property: Id(2)] PeriodStatus Status,
    [property: Id(3)] int Revision);
