namespace Cost.Contracts;

/// <summary>
/// A period after a command and what the command counted: a survey's accepted rows; a close's series
/// and flagged series; a publication's published, carried and withheld series.
/// </summary>
[GenerateSerializer, Immutable, Alias("Cost.PeriodChange")]
public sealed record PeriodChange(
    [property: Id(0)] PeriodSummary Period,
    [property: Id(1)] PeriodCounts Counts);
