namespace Cost.Contracts;

/// <summary>
/// What a period command did. Counts: a survey's accepted rows; a close's series and flagged
/// series; a publication's published, carried and withheld series.
/// </summary>
[GenerateSerializer, Immutable, Alias("Cost.PeriodResult")]
public sealed record PeriodResult(
    [property: Id(0)] CommandOutcome Outcome,
    [property: Id(1)] string? Message,
    [property: Id(2)] PeriodSummary? Period,
    [property: Id(3)] PeriodCounts Counts)
{
    public static PeriodResult Done(PeriodSummary period, PeriodCounts counts) => new(CommandOutcome.Done, null, period, counts);

    public static PeriodResult Refused(CommandOutcome outcome, string message) => new(outcome, message, null, PeriodCounts.None);
}

/// <summary>The numbers a period command reports.</summary>
[GenerateSerializer, Immutable, Alias("Cost.PeriodCounts")]
public sealed record PeriodCounts(
    [property: Id(0)] int Accepted = 0,
    [property: Id(1)] int Series = 0,
    [property: Id(2)] int Flagged = 0,
    [property: Id(3)] int Published = 0,
    [property: Id(4)] int Carried = 0,
    [property: Id(5)] int Withheld = 0)
{
    public static readonly PeriodCounts None = new();
}
