namespace Cost.Contracts;

/// <summary>A record the bureau enters by hand, with its evidence (document number, file) and a note.</summary>
[GenerateSerializer, Immutable, Alias("Cost.CreditEntry")]
public sealed record CreditEntry(
    [property: Id(0)] string RuleCode,
    [property: Id(1)] DateOnly OccurredOn,
    [property: Id(2)] DateOnly? PublishedOn,
    [property: Id(3)] string? Evidence,
    [property: Id(4)] string? Note,
    [property: Id(5)] string EnteredBy);
