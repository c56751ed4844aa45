namespace Cost.Web.Exchange;

/// <summary>The body of POST /exchange/v1/tenders/{tenderCode}/complaints (read from the raw bytes; described here for the API document).</summary>
public sealed record PlatformComplaintRequest(string ComplainantName, string? ComplainantCreditCode, string Reason, DateTimeOffset? ReceivedAt);
