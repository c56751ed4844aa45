using System.Collections.Immutable;

namespace Cost.Domain.Credit;

/// <summary>A firm as the register keeps it: USCC, name, address, legal representative, contact and its engineers.</summary>
public sealed record FirmDetails(
    string CreditCode,
    string Name,
    string? Address,
    string? LegalRepresentative,
    string? Contact,
    ImmutableArray<CostEngineer> Engineers);
