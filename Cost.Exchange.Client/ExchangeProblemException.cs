using System.Net;

namespace Cost.Exchange.Client;

/// <summary>
/// A refusal of the exchange (RFC 9457 problem+json): switch on <see cref="Type"/>, a stable URI per kind
/// (<c>https://cost.example/problems/already-opened</c> …, docs/problems.md); <see cref="Detail"/> says what happened,
/// <see cref="Errors"/> names each bad field; <see cref="RetryAfter"/> is set on 429 and 503.
/// </summary>
public sealed class ExchangeProblemException : Exception
{
    public ExchangeProblemException(HttpStatusCode status, string type, string? title, string? detail, IReadOnlyList<ProblemError> errors, TimeSpan? retryAfter)
        : base($"{(int)status} {type}: {detail ?? title}")
    {
        (Status, Type, Title, Detail, Errors, RetryAfter) = (status, type, title, detail, errors, retryAfter);
    }

    public ExchangeProblemException()
        : this(default, "about:blank", null, null, [], null)
    {
    }

    public ExchangeProblemException(string message)
        : base(message)
    {
        (Type, Errors) = ("about:blank", []);
    }

    public ExchangeProblemException(string message, Exception innerException)
        : base(message, innerException)
    {
        (Type, Errors) = ("about:blank", []);
    }

    public HttpStatusCode Status { get; }

    public string Type { get; }

    /// <summary>The kind's slug, the last segment of <see cref="Type"/>: "already-opened", "signature-stale-timestamp" …</summary>
    public string Kind => Type[(Type.LastIndexOf('/') + 1)..];

    public string? Title { get; }

    public string? Detail { get; }

    public IReadOnlyList<ProblemError> Errors { get; }

    public TimeSpan? RetryAfter { get; }
}
