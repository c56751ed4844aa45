namespace Cost.Web.Credit;

/// <summary>POST …/records/{id}/repair/decision: decision "grant" or "refuse"; reason required.</summary>
public sealed record RepairDecisionRequest(string? Decision, string? Reason);
