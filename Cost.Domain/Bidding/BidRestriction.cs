namespace Cost.Domain.Bidding;

/// <summary>
/// A firm barred from bidding (限制投标), as the bureau records it: whom (USCC and name), why and on what authority
/// (<see cref="Source"/>: the decision's document number or the credit record), from and until which day (inclusive; no
/// end while <see cref="Until"/> is null), and — once lifted early — when, by whom and why. Bid openings flag a bid of a
/// firm whose restriction is in force at the opening (<see cref="BidFlags.BidderRestricted"/>).
/// </summary>
public sealed record BidRestriction(
    long Id,
    string CreditCode,
    string Name,
    string Reason,
    string Source,
    DateOnly From,
    DateOnly? Until,
    string AddedBy,
    DateTimeOffset AddedAt,
    DateTimeOffset? LiftedAt = null,
    string? LiftedBy = null,
    string? LiftReason = null)
{
    /// <summary>In force at <paramref name="at"/>: begun (Beijing date), not ended, not lifted before.</summary>
    public bool InForceAt(DateTimeOffset at)
    {
        var day = BureauTime.DateOf(at);
        return From <= day && (Until is not { } until || day <= until) && (LiftedAt is not { } lifted || at < lifted);
    }
}
