namespace Cost.Domain.Projects;

/// <summary>The consultant submitted the draft version for filing.</summary>
public sealed record VersionSubmitted(TenderVersion Version) : ProjectEvent(Version);
