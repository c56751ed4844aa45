namespace Cost.Silos.ReadModels;

/// <summary>
/// A line of the public credit register: the firm, its engineers' count, its standing as last computed and when that last
/// changed (score, grade or records).
/// </summary>
public sealed record RegisterEntry(
    string CreditCode, string Name, string? Address, string? LegalRepresentative, string? Contact, int EngineerCount, decimal? Score, string? Grade,
    DateTimeOffset? ChangedAt = null);
