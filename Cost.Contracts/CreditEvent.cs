namespace Cost.Contracts;

/// <summary>
/// An event of this system that earns a firm a credit record (an upheld ±3 % complaint on a ceiling
/// price: rule B01; a refused filing; a good review), sent by the capability where it happened.
/// <see cref="EventId"/> identifies the event: sending it again never creates a second record.
/// <see cref="LinkUrl"/> is a site-relative address of the event (e.g. /projects/XA-2026-0001).
/// </summary>
[GenerateSerializer, Immutable, Alias("Cost.CreditEvent")]
public sealed record CreditEvent(
    [property: Id(0)] string EventId,
    [property: Id(1)] string RuleCode,
    [property: Id(2)] DateOnly OccurredOn,
    [property: Id(3)] string? LinkText,
    [property: Id(4)] string? LinkUrl,
    [property: Id(5)] string? Note);
