namespace Cost.Domain.Audit;

/// <summary>
/// One entry of the audit log exactly as stored: <see cref="OccurredAt"/> and <see cref="PayloadJson"/>
/// are the stored text, because the hash covers the text, not a value parsed from it.
/// </summary>
public sealed record AuditRecord(
    long Seq,
    string OccurredAt,
    string Actor,
    string Action,
    string Subject,
    string PayloadJson,
    string PrevHash,
    string Hash);
