namespace Cost.Domain.Reviews;

/// <summary>
/// The bid deadline after a ceiling price is revised on a complaint (GB/T 50500-2013 §5.3.9: when the price is published
/// again and fewer than 15 days remain from that day to the bid deadline, the deadline is extended). With the deadline the
/// trading platform registered, the extension is exact — to the minimum days (15) after the new
/// publication, and none when enough days remain; without one, the bidders are told the deadline must leave that many days.
/// </summary>
/// <param name="Days">Whole days the deadline moves (rounded up); null when no extension is needed.</param>
/// <param name="NewDeadline">The extended deadline; null when none is needed or the deadline is not known.</param>
public sealed record BidDeadlineExtension(int? Days, DateTimeOffset? NewDeadline)
{
    public static BidDeadlineExtension After(DateTimeOffset republishedAt, DateTimeOffset? bidDeadline, int minimumDays)
    {
        if (bidDeadline is not { } deadline)
        {
            return new(minimumDays, null);
        }

        var earliest = republishedAt.AddDays(minimumDays);
        return deadline >= earliest
            ? new(null, null)
            : new((int)Math.Ceiling((earliest - deadline).TotalDays), earliest.ToOffset(deadline.Offset));
    }
}
