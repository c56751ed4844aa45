namespace Cost.Domain.Projects;

/// <summary>Where a bill came from: the file as uploaded, its SHA-256 (hex) and who uploaded it when.</summary>
public sealed record BoqSource(string FileName, string Sha256, string UploadedBy, DateTimeOffset UploadedAt);
