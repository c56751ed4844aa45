namespace Cost.Domain.Projects;

/// <summary>
/// The life of a ceiling-price version: draft → submitted → filed (备案) → published → locked at bid
/// opening. A filed version is never edited in place; a revision is a new version.
/// </summary>
public enum TenderStatus
{
    Draft,
    Submitted,
    Filed,
    Published,
    Locked,
}
