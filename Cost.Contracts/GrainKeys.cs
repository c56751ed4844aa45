using Cost.Domain;
using Cost.Domain.Prices;

namespace Cost.Contracts;

/// <summary>The one place grain keys are built, so that every caller addresses the same grain.</summary>
public static class GrainKeys
{
    /// <summary>A tender project's key: its code as the trading platform writes it, trimmed.</summary>
    public static string Tender(string tenderCode) => tenderCode.Trim();

    /// <summary>A firm's key: its unified social credit code, trimmed and in upper case as GB 32100 writes it.</summary>
    public static string Firm(string creditCode) => creditCode.Trim().ToUpperInvariant();

    /// <summary>A price period: region and month, "610100:2026-10".</summary>
    public static string PricePeriod(string region, YearMonth period) => $"{region}:{period}";

    /// <summary>A price series: region, resource code and spec, "610100|01010101|HPB300 Φ10".</summary>
    public static string PriceSeries(SeriesKey key) => $"{key.Region}|{key.ResourceCode}|{key.Spec}";

    public static (string Region, YearMonth Period) ParsePricePeriod(string key) =>
        (key[..key.IndexOf(':', StringComparison.Ordinal)], YearMonth.Parse(key[(key.IndexOf(':', StringComparison.Ordinal) + 1)..]));

    /// <summary>A region's published indices: "indices:610100".</summary>
    public static string Indices(string region) => $"indices:{region}";

    public static string ParseIndices(string key) => key["indices:".Length..];

    public static SeriesKey ParsePriceSeries(string key)
    {
        var parts = key.Split('|', 3);
        return new SeriesKey(parts[1], parts[2], parts[0]);
    }
}
