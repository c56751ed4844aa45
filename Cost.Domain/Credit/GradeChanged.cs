namespace Cost.Domain.Credit;

/// <summary>A firm's grade changed: from <paramref name="From"/> (null before its first standing) to the grade of <paramref name="To"/>.</summary>
public sealed record GradeChanged(string? From, CreditStanding To)
{
    /// <summary>The change from <paramref name="previous"/> to <paramref name="now"/>, or null when the grade stays the same.</summary>
    public static GradeChanged? Between(CreditStanding? previous, CreditStanding now)
    {
        ArgumentNullException.ThrowIfNull(now);
        return previous?.Grade == now.Grade ? null : new GradeChanged(previous?.Grade, now);
    }
}
