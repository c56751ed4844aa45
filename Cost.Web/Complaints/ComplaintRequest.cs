namespace Cost.Web.Complaints;

/// <summary>POST /api/projects/{tenderCode}/complaints: a complaint the bureau received (receivedAt defaults to now).</summary>
public sealed record ComplaintRequest(string? ComplainantName, string? ComplainantCreditCode, string? Reason, DateTimeOffset? ReceivedAt);
