namespace Cost.Domain.Projects;

/// <summary>The bureau returned the submitted version to the firm with a reason; the firm uploads a corrected one.</summary>
public sealed record VersionReturned(TenderVersion Version) : ProjectEvent(Version);
