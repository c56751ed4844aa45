namespace Cost.Domain.Prices;

/// <summary>Which months take price surveys: every month up to the next one; a later month has not started collecting.</summary>
public static class CollectionWindow
{
    /// <summary>True when surveys of <paramref name="month"/> may be collected on <paramref name="today"/> (the bureau's date).</summary>
    public static bool Accepts(YearMonth month, DateOnly today) => month <= YearMonth.Of(today).AddMonths(1);
}
