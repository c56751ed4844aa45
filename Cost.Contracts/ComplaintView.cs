using Cost.Domain.Reviews;

namespace Cost.Contracts;

/// <summary>
/// A complaint against a published ceiling price and, once reviewed, what the review found.
/// <see cref="Status"/> is "open", "upheld" (revised as <see cref="RevisedVersion"/>, the bid
/// deadline to be extended by <see cref="DeadlineExtensionDays"/> — null when enough days remain — to
/// <see cref="ExtendedBidDeadline"/> where the platform registered the deadline) or "dismissed".
/// </summary>
[GenerateSerializer, Immutable, Alias("Cost.ComplaintView")]
public sealed record ComplaintView(
    [property: Id(0)] string Id,
    [property: Id(1)] string TenderCode,
    [property: Id(2)] int Version,
    [property: Id(3)] string Source,
    [property: Id(4)] string ComplainantName,
    [property: Id(5)] string? ComplainantCreditCode,
    [property: Id(6)] string Reason,
    [property: Id(7)] DateTimeOffset ReceivedAt,
    [property: Id(8)] string RecordedBy,
    [property: Id(9)] string Status,
    [property: Id(10)] ReviewFigures? Review,
    [property: Id(11)] string? ReviewFile,
    [property: Id(12)] int? RevisedVersion,
    [property: Id(13)] int? DeadlineExtensionDays,
    [property: Id(14)] DateTimeOffset? DecidedAt,
    [property: Id(15)] string? DecidedBy,
    [property: Id(16)] DateTimeOffset? ExtendedBidDeadline = null);
