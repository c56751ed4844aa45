namespace Cost.Domain.Audit;

/// <summary>
/// The first entry where a chain does not hold, and why (in Chinese). <see cref="Action"/> is null when
/// the entry named is missing altogether.
/// </summary>
public sealed record AuditBreak(long Seq, string? Action, string Reason);
