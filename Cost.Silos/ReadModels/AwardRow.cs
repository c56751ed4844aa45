namespace Cost.Silos.ReadModels;

/// <summary>
/// A stored award (table tender_awards): price in yuan, and the ceiling-price version it is compared
/// with (the locked one when the bids were opened, otherwise the latest filed).
/// </summary>
public sealed record AwardRow(
    string TenderCode, string WinnerCreditCode, string WinnerName, decimal Price, DateTimeOffset AwardedAt, int CeilingVersion, DateTimeOffset RecordedAt);
