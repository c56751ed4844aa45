using System.Collections.Immutable;

namespace Cost.Web.Credit;

/// <summary>POST /api/firms: only <see cref="CreditCode"/> and <see cref="Name"/> are required.</summary>
public sealed record RegisterFirmRequest(
    string? CreditCode, string? Name, string? Address = null, string? LegalRepresentative = null, string? Contact = null,
    ImmutableArray<EngineerRequest>? Engineers = null);
