namespace Cost.Domain.Projects;

/// <summary>A new bill became a new draft version.</summary>
public sealed record VersionUploaded(TenderVersion Version) : ProjectEvent(Version);
