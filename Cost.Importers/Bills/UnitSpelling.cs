namespace Cost.Importers.Bills;

/// <summary>
/// Units of measurement as the measurement standards write them (GB 50854-2013 §4.2: m³ is written
/// m3, m² m2). Exports spell them many ways; the reader keeps the standard spelling and warns.
/// </summary>
internal static class UnitSpelling
{
    private static readonly Dictionary<string, string> Spellings = new(StringComparer.OrdinalIgnoreCase)
    {
        ["m3"] = "m3",
        ["m³"] = "m3",
        ["立方米"] = "m3",
        ["立方"] = "m3",
        ["方"] = "m3",
        ["m2"] = "m2",
        ["m²"] = "m2",
        ["㎡"] = "m2",
        ["平方米"] = "m2",
        ["平米"] = "m2",
        ["m"] = "m",
        ["米"] = "m",
        ["延长米"] = "m",
        ["t"] = "t",
        ["吨"] = "t",
        ["kg"] = "kg",
        ["千克"] = "kg",
        ["公斤"] = "kg",
    };

    /// <summary>The standard spelling of a unit; other units are returned trimmed, as written.</summary>
    public static string Normalize(string unit)
    {
        var compact = CellText.Compact(unit);
        return Spellings.TryGetValue(compact, out var standard) ? standard : unit.Trim();
    }
}
