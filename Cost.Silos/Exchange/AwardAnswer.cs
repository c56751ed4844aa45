namespace Cost.Silos.Exchange;

/// <summary>
/// The stored award as answered to the platform; <see cref="AwardRatio"/> = price / ceiling price
/// (4 decimals), the figure the cost indicators use.
/// </summary>
public sealed record AwardAnswer(
    string TenderCode, string WinnerCreditCode, string WinnerName, decimal Price, DateTimeOffset AwardedAt,
    int CeilingVersion, decimal CeilingPrice, decimal AwardRatio, DateTimeOffset RecordedAt);
