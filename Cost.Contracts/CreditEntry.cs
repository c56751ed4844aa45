namespace Cost.Contracts;

/// <summary>
/// A record the bureau enters by hand, with its evidence (document number, file) and a note: proposed, to be notified,
/// decided and publicised. <see cref="Settled"/>: a record already through that process elsewhere (the previous
/// register's, brought over at installation), in force from its start.
/// </summary>
[GenerateSerializer, Immutable, Alias("Cost.CreditEntry")]
public sealed record CreditEntry(
    [property: Id(0)] string RuleCode,
    [property: Id(1)] DateOnly OccurredOn,
    [property: Id(2)] DateOnly? PublishedOn,
    [property: Id(3)] string? Evidence,
    [property: Id(4)] string? Note,
    [property: Id(5)] string EnteredBy,
    [property: Id(6)] bool Settled = false);
