namespace Cost.Domain.Projects;

/// <summary>A review forced a revision: the re-priced bill is a new version, filed at once.</summary>
public sealed record PriceRevised(TenderVersion Version) : ProjectEvent(Version);
