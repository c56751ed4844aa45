namespace Cost.Web.Credit;

/// <summary>POST …/records/{id}/appeal/decision: decision "uphold" or "revoke".</summary>
public sealed record AppealDecisionRequest(string? Decision, string? Reason);
