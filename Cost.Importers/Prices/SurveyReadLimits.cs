namespace Cost.Importers.Prices;

/// <summary>
/// Limits that protect the server from oversized surveys: the upload's size in bytes and the number
/// of spreadsheet rows (header included). A file over either is refused whole.
/// </summary>
public sealed record SurveyReadLimits(long MaxFileBytes = 50_000_000, int MaxRows = 500_000)
{
    public static readonly SurveyReadLimits Default = new();

    /// <summary>Declared uncompressed size an .xlsx may inflate to (zip-bomb guard).</summary>
    internal long MaxUncompressedBytes => Math.Max(MaxFileBytes * 20, 100_000_000);
}
