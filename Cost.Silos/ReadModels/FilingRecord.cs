namespace Cost.Silos.ReadModels;

/// <summary>
/// What the public may check of a filing (备案) by its number: the tender, the version and its total, the SHA-256 of
/// the filed workbook, when it was filed, and its <see cref="Status"/>: the version's status code (filed, published,
/// locked), or "revised" when a later version of the tender has been filed since (a complaint review revised it).
/// </summary>
public sealed record FilingRecord(
    string FilingNumber, string TenderCode, string TenderName, int Version, decimal Total, string Sha256, DateTimeOffset FiledAt, string Status);
