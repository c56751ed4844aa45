using Cost.Domain;

namespace Cost.Contracts;

/// <summary>The one place grain keys are built, so that every caller addresses the same grain.</summary>
public static class GrainKeys
{
    /// <summary>A tender project's key: its code as the trading platform writes it, trimmed.</summary>
    public static string Tender(string tenderCode) => tenderCode.Trim();

    /// <summary>A firm's key: its unified social credit code, trimmed and in upper case as GB 32100 writes it.</summary>
    public static string Firm(string creditCode) => creditCode.Trim().ToUpperInvariant();

    /// <summary>A registered cost engineer's key: the registration number in the one form registers keep it.</summary>
    public static string Engineer(string registrationNumber) => Domain.Projects.SignatoryCheck.Normalize(registrationNumber);

    /// <summary>A price period: region and month, "610100:2026-10".</summary>
    public static string PricePeriod(string region, YearMonth period) => $"{region}:{period}";

    public static (string Region, YearMonth Period) ParsePricePeriod(string key) =>
        (key[..key.IndexOf(':', StringComparison.Ordinal)], YearMonth.Parse(key[(key.IndexOf(':', StringComparison.Ordinal) + 1)..]));

    /// <summary>A region's published indices: "indices:610100".</summary>
    public static string Indices(string region) => $"indices:{region}";

    public static string ParseIndices(string key) => key["indices:".Length..];
}
