namespace Cost.Web.Credit;

/// <summary>POST …/records/{id}/decision: decision "confirm", "amend" (with ruleCode and, if it changes, note) or "drop"; reason required.</summary>
public sealed record RecordDecisionRequest(string? Decision, string? Reason, string? RuleCode = null, string? Note = null);
