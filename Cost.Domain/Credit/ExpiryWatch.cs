namespace Cost.Domain.Credit;

/// <summary>
/// Which records the bureau's credit desk keeps in view around their expiry: those that expired in the
/// last <see cref="DaysBack"/> days (a grade may just have moved) and those that expire in the next
/// <see cref="DaysAhead"/> days (a firm may ask about them).
/// </summary>
public static class ExpiryWatch
{
    /// <summary>Days before today whose expiries are still shown.</summary>
    public const int DaysBack = 30;

    /// <summary>Days after today whose expiries are already shown.</summary>
    public const int DaysAhead = 60;

    /// <summary>The expiry dates shown on <paramref name="today"/>: from <c>From</c> (inclusive) up to <c>To</c> (exclusive).</summary>
    public static (DateOnly From, DateOnly To) Window(DateOnly today) => (today.AddDays(-DaysBack), today.AddDays(DaysAhead));
}
