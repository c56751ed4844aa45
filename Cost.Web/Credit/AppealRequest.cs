namespace Cost.Web.Credit;

/// <summary>POST …/records/{id}/appeal.</summary>
public sealed record AppealRequest(string? Reason);
