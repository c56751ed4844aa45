namespace Cost.Silos.Exchange;

/// <summary>What a client's Idempotency-Key was first used for and the answer then given.</summary>
internal sealed record StoredAnswer(string RequestPath, string BodySha256, long StatusCode, string ResponseJson);
