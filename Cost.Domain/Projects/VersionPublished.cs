namespace Cost.Domain.Projects;

/// <summary>The bureau published the filed version; the complaint window runs from then.</summary>
public sealed record VersionPublished(TenderVersion Version) : ProjectEvent(Version);
