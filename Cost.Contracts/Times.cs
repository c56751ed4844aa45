using System.Globalization;

namespace Cost.Contracts;

/// <summary>
/// Instants as text: ISO 8601 with milliseconds and the offset, which reads the same on every store.
/// The store keeps instants so, and the push notices to the platform carry them so.
/// </summary>
public static class Times
{
    public static string Write(DateTimeOffset at) => at.ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture);

    public static string? WriteOptional(DateTimeOffset? at) => at is { } a ? Write(a) : null;

    public static DateTimeOffset Read(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.None);

    public static DateTimeOffset? ReadOptional(string? text) => text is null ? null : Read(text);
}
