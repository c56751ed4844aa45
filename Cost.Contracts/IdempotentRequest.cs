namespace Cost.Contracts;

/// <summary>
/// A platform request under an Idempotency-Key: who sent it, the key, and what it asked (path and
/// the SHA-256 of the body bytes), so a repeat can be told from a different request with the same key.
/// </summary>
[GenerateSerializer, Immutable, Alias("Cost.IdempotentRequest")]
public sealed record IdempotentRequest(
    [property: Id(0)] string ClientId,
    [property: Id(1)] string Key,
    [property: Id(2)] string RequestPath,
    [property: Id(3)] string BodySha256);
