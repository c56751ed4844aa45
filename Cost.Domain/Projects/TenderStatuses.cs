namespace Cost.Domain.Projects;

/// <summary>What a status says about a version, wherever a version is seen (domain, views, pages).</summary>
public static class TenderStatuses
{
    /// <summary>Filed or any later state (published, locked): what the trading platform may read. A returned version is not.</summary>
    public static bool IsFiled(this TenderStatus status) => status is TenderStatus.Filed or TenderStatus.Published or TenderStatus.Locked;
}
