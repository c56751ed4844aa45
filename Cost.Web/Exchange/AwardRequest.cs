namespace Cost.Web.Exchange;

/// <summary>The body of POST /exchange/v1/tenders/{tenderCode}/awards (read from the raw bytes; described here for the API document).</summary>
public sealed record AwardRequest(string WinnerCreditCode, string WinnerName, decimal Price, DateTimeOffset AwardedAt);
