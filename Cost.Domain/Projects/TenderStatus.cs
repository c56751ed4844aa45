namespace Cost.Domain.Projects;

/// <summary>
/// The life of a ceiling-price version: draft → submitted → filed (备案) → published → locked at bid
/// opening. A filed version is never edited in place; a revision is a new version. A submitted version the
/// bureau sends back is returned (退回): it stays on record with the reason, and the firm uploads a corrected
/// version. Returned comes last only because the values are serialized by number and never renumbered.
/// </summary>
public enum TenderStatus
{
    Draft,
    Submitted,
    Filed,
    Published,
    Locked,
    Returned,
}
