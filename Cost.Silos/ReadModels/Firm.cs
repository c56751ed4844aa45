namespace Cost.Silos.ReadModels;

/// <summary>A cost-consulting firm of the register, keyed by its unified social credit code.</summary>
public sealed record Firm(string CreditCode, string Name, string? Address, string? LegalRepresentative, string? Contact);
