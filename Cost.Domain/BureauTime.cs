namespace Cost.Domain;

/// <summary>
/// The bureau works in China Standard Time (UTC+08:00, no daylight saving): instants are recorded and
/// shown with that offset, as the exchange contract's examples are.
/// </summary>
public static class BureauTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static DateTimeOffset Now(TimeProvider clock) => clock.GetUtcNow().ToOffset(Offset);

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(Now(clock).DateTime);
}
