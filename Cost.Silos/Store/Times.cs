using System.Globalization;

namespace Cost.Silos.Store;

/// <summary>Instants are stored as ISO 8601 text with their offset, which reads the same on every store.</summary>
public static class Times
{
    public static string Write(DateTimeOffset at) => at.ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture);

    public static string? WriteOptional(DateTimeOffset? at) => at is { } a ? Write(a) : null;

    public static DateTimeOffset Read(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.None);

    public static DateTimeOffset? ReadOptional(string? text) => text is null ? null : Read(text);
}
