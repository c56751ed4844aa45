using Cost.Domain.Pricing;

namespace Cost.Silos.ReadModels;

/// <summary>A filed ceiling-price version as the exchange API serves it; <see cref="Seq"/> is its place in the filing feed.</summary>
public sealed record FiledCeilingPrice(
    string TenderCode,
    string ProjectName,
    int Version,
    string Status,
    string RuleSet,
    DateTimeOffset FiledAt,
    CeilingPrice Price,
    long Seq);
