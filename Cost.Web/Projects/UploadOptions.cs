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

    /// <summary>The largest request body the server reads at all: the largest upload and its form.</summary>
    public long MaxRequestBytes => Math.Max(MaxBoqBytes, MaxSurveyBytes) + FormOverheadBytes;
}
