using Cost.Domain.Audit;

namespace Cost.Silos.Store;

/// <summary>
/// A change to append to the audit log: when it happened, who made it (a user name, a platform client
/// id, "seed" or "system"), what it was (<see cref="AuditActions"/>), what it concerns (a tender code,
/// a USCC, region/period) and its essential facts, written as canonical JSON.
/// </summary>
internal sealed record AuditEntry(DateTimeOffset At, string Actor, string Action, string Subject, object Facts);
