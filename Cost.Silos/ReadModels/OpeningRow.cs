namespace Cost.Silos.ReadModels;

/// <summary>A stored bid opening (table bid_openings): the version and price checked against, and the answer given.</summary>
public sealed record OpeningRow(
    string TenderCode, int CeilingVersion, decimal CeilingPrice, DateTimeOffset OpenedAt, int BidCount, string AnswerJson, DateTimeOffset RecordedAt);
