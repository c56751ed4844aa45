using Cost.Importers.Bills;

namespace Cost.Importers.Prices;

/// <summary>
/// Limits that protect the server from oversized surveys: the upload's size in bytes and the number
/// of spreadsheet rows (header included). A file over either is refused whole.
/// </summary>
public sealed record SurveyReadLimits(long MaxFileBytes = 50_000_000, int MaxRows = 500_000)
{
    public static readonly SurveyReadLimits Default = new();

    /// <summary>
    /// The limits of an .xlsx survey: the declared uncompressed size it may inflate to (zip-bomb guard)
    /// and as many shared strings as twenty cells a row.
    /// </summary>
    internal BoqReadLimits Workbook =>
        new(MaxFileBytes, Math.Max(MaxFileBytes * 20, 100_000_000), MaxRows, MaxCells: (int)Math.Min(MaxRows * 20L, int.MaxValue));
}
