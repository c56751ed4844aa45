namespace Cost.Importers.Firms;

/// <summary>A line of the exported credit register.</summary>
public sealed record FirmRegisterRow(
    string CreditCode, string Name, string? Grade, decimal? Score, string? Address, string? LegalRepresentative, string? Contact, int EngineerCount);
