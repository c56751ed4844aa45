namespace Cost.Domain.Credit;

/// <summary>A file handed in with a statement or a repair application: its name, size and SHA-256 (hex), under which the store keeps its bytes.</summary>
public sealed record CreditAttachment(string FileName, long Length, string Sha256);
