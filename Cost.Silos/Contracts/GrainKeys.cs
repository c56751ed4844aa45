namespace Cost.Silos.Contracts;

/// <summary>The one place grain keys are built, so that every caller addresses the same grain.</summary>
public static class GrainKeys
{
    /// <summary>A tender project's key: its code as the trading platform writes it, trimmed.</summary>
    public static string Tender(string tenderCode) => tenderCode.Trim();

    /// <summary>A firm's key: its unified social credit code, trimmed and in upper case as GB 32100 writes it.</summary>
    public static string Firm(string creditCode) => creditCode.Trim().ToUpperInvariant();
}
