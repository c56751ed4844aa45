namespace Cost.Contracts;

/// <summary>
/// A bidder's complaint as received: by the bureau (<see cref="Source"/> "bureau", recorded by a
/// clerk) or pushed by the platform ("platform", with its <see cref="Request"/> under an Idempotency-Key).
/// </summary>
[GenerateSerializer, Immutable, Alias("Cost.NewComplaint")]
public sealed record NewComplaint(
    [property: Id(0)] string Source,
    [property: Id(1)] string ComplainantName,
    [property: Id(2)] string? ComplainantCreditCode,
    [property: Id(3)] string Reason,
    [property: Id(4)] DateTimeOffset? ReceivedAt,
    [property: Id(5)] string RecordedBy,
    [property: Id(6)] IdempotentRequest? Request);
