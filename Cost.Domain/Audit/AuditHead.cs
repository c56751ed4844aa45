namespace Cost.Domain.Audit;

/// <summary>The chain's head as the store keeps it: the seq and hash of the last entry appended (0 and <see cref="AuditChain.Genesis"/> when empty).</summary>
public sealed record AuditHead(long Seq, string Hash);
