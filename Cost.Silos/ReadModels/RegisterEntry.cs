namespace Cost.Silos.ReadModels;

/// <summary>A line of the public credit register: the firm, its engineers' count and its standing as last computed.</summary>
public sealed record RegisterEntry(
    string CreditCode, string Name, string? Address, string? LegalRepresentative, string? Contact, int EngineerCount, decimal? Score, string? Grade);
