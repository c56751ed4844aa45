namespace Cost.Contracts;

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
