using System.Collections.Immutable;

namespace Cost.Web.Credit;

/// <summary>POST /api/firms: only <see cref="CreditCode"/> and <see cref="Name"/> are required.</summary>
public sealed record RegisterFirmRequest(
    string? CreditCode, string? Name, string? Address = null, string? LegalRepresentative = null, string? Contact = null,
    ImmutableArray<EngineerRequest>? Engineers = null);

/// <summary>A registered cost engineer in a request.</summary>
public sealed record EngineerRequest(string? Name, string? RegistrationNumber);

/// <summary>POST /api/firms/{creditCode}/records: dates as yyyy-MM-dd.</summary>
public sealed record AddRecordRequest(string? RuleCode, string? OccurredOn, string? Note, string? PublishedOn = null, string? Evidence = null);

/// <summary>POST …/records/{id}/appeal.</summary>
public sealed record AppealRequest(string? Reason);

/// <summary>POST …/records/{id}/appeal/decision: decision "uphold" or "revoke".</summary>
public sealed record AppealDecisionRequest(string? Decision, string? Reason);
