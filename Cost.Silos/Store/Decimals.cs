using System.Globalization;

namespace Cost.Silos.Store;

/// <summary>Decimals are stored as invariant text: exact on SQLite (whose NUMERIC is a double) and on PostgreSQL.</summary>
public static class Decimals
{
    public static string Write(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    public static string? WriteOptional(decimal? value) => value?.ToString(CultureInfo.InvariantCulture);

    public static decimal Read(string text) => decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture);

    public static decimal? ReadOptional(string? text) => text is null ? null : Read(text);
}
