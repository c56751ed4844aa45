namespace Cost.Domain.Projects;

/// <summary>Bid opening locked the filed version the bids were checked against.</summary>
public sealed record VersionLocked(TenderVersion Version) : ProjectEvent(Version);
