namespace Cost.Domain.Prices;

/// <summary>Administrative division codes (GB/T 2260): six digits, province · city · district.</summary>
public static class RegionCode
{
    /// <summary>
    /// The city a district or county belongs to (610113 雁塔区 → 610100 西安市): the same first four digits
    /// and 00. Null for a city's own code and for text that is not a six-digit code.
    /// </summary>
    public static string? CityOf(string? region) =>
        region is { Length: 6 } && region.All(char.IsAsciiDigit) && !region.EndsWith("00", StringComparison.Ordinal)
            ? region[..4] + "00"
            : null;
}
