namespace Cost.Domain.Projects;

/// <summary>The bureau filed the submitted version: it enters the filing feed and the platform is told.</summary>
public sealed record VersionFiled(TenderVersion Version) : ProjectEvent(Version);
