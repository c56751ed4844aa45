namespace Cost.Domain;

/// <summary>
/// The bureau works in China Standard Time (UTC+08:00, no daylight saving): instants are recorded and
/// shown with that offset, as the exchange contract's examples are.
/// </summary>
public static class BureauTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static DateTimeOffset Now(TimeProvider clock) => clock.GetUtcNow().ToOffset(Offset);

    public static DateOnly Today(TimeProvider clock) => DateOf(Now(clock));

    /// <summary>The bureau's calendar day of <paramref name="at"/>.</summary>
    public static DateOnly DateOf(DateTimeOffset at) => DateOnly.FromDateTime(at.ToOffset(Offset).DateTime);

    /// <summary>The bureau's month of an instant (a filing or an award at 23:30 UTC on the 31st is in the next month).</summary>
    public static YearMonth MonthOf(DateTimeOffset at) => YearMonth.Of(DateOf(at));
}
