namespace Cost.Importers.Bills;

/// <summary>
/// Limits that protect the server from oversized uploads. <see cref="MaxEntries"/> and
/// <see cref="MaxUncompressedBytes"/> (the total declared size of the workbook's zip entries) are
/// checked from the zip's central directory before any entry is inflated; <see cref="MaxCells"/>
/// counts the non-empty cells kept in memory (and bounds the shared-string table).
/// </summary>
public sealed record BoqReadLimits(
    long MaxFileBytes = 30_000_000,
    long MaxUncompressedBytes = 300_000_000,
    int MaxRowsPerSheet = 200_000,
    int MaxSheets = 200,
    int MaxEntries = 10_000,
    int MaxCells = 2_000_000)
{
    public static readonly BoqReadLimits Default = new();
}
