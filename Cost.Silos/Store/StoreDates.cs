using System.Globalization;

namespace Cost.Silos.Store;

/// <summary>Dates as 'yyyy-MM-dd' text, which sorts and compares the same on every store.</summary>
public static class StoreDates
{
    public static string Write(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly Read(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
