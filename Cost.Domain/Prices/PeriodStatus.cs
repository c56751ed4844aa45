namespace Cost.Domain.Prices;

/// <summary>
/// A price period's place in the monthly cycle: collecting surveys → closed (drafts computed, under
/// review) → published. A correction after publication takes the period back to closed until the
/// new revision is published.
/// </summary>
public enum PeriodStatus
{
    Collecting,
    Closed,
    Published,
}
