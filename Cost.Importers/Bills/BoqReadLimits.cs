namespace Cost.Importers.Bills;

/// <summary>
/// Limits that protect the server from oversized uploads. <see cref="MaxUncompressedBytes"/> is the
/// total declared size of the workbook's zip entries, checked before any entry is inflated.
/// </summary>
public sealed record BoqReadLimits(
    long MaxFileBytes = 30_000_000,
    long MaxUncompressedBytes = 300_000_000,
    int MaxRowsPerSheet = 200_000,
    int MaxSheets = 200)
{
    public static readonly BoqReadLimits Default = new();
}
