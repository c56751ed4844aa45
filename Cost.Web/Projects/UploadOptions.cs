namespace Cost.Web.Projects;

/// <summary>Configuration section Uploads: limits that protect the server.</summary>
public sealed class UploadOptions
{
    /// <summary>Room for the other fields and the multipart framing around the file, in bytes.</summary>
    private const long FormOverheadBytes = 1_000_000;

    /// <summary>Largest BoQ workbook accepted, in bytes (default 30 MB).</summary>
    public long MaxBoqBytes { get; set; } = 30_000_000;

    /// <summary>Largest price survey (.xlsx or .csv) accepted, in bytes (default 50 MB).</summary>
    public long MaxSurveyBytes { get; set; } = 50_000_000;

    /// <summary>Ceiling-price versions one firm may keep in the store (every upload is one); beyond it an upload is 409.</summary>
    public long MaxBoqVersionsPerFirm { get; set; } = 10_000;

    /// <summary>Bytes one firm's versions may take in the store (a 6 MB, 200,000-line bill takes about 56 MB); beyond it an upload is 413.</summary>
    public long MaxBoqStoredBytesPerFirm { get; set; } = 20_000_000_000;

    /// <summary>The largest request body the server reads at all: the largest upload and its form.</summary>
    public long MaxRequestBytes => Math.Max(MaxBoqBytes, MaxSurveyBytes) + FormOverheadBytes;
}
