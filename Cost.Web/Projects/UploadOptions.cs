namespace Cost.Web.Projects;

/// <summary>Configuration section Uploads: limits that protect the server.</summary>
public sealed class UploadOptions
{
    /// <summary>Largest BoQ workbook accepted, in bytes (default 30 MB).</summary>
    public long MaxBoqBytes { get; set; } = 30_000_000;
}
