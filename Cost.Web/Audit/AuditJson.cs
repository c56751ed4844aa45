using System.Collections.Immutable;
using Cost.Domain.Audit;

namespace Cost.Web.Audit;

/// <summary>
/// An audit entry as GET /api/audit writes it: the stored fields exactly (the hash covers
/// <see cref="OccurredAt"/> and <see cref="PayloadJson"/> as text) and the action's Chinese name.
/// </summary>
public sealed record AuditEntryJson(
    long Seq, string OccurredAt, string Actor, string Action, string ActionName, string Subject, string PayloadJson, string PrevHash, string Hash)
{
    public static AuditEntryJson From(AuditRecord r) =>
        new(r.Seq, r.OccurredAt, r.Actor, r.Action, AuditActions.Name(r.Action), r.Subject, r.PayloadJson, r.PrevHash, r.Hash);
}

/// <summary>A page of entries, newest first; <see cref="Next"/> is the <c>from</c> of the page after it (null once the first entry is shown).</summary>
public sealed record AuditPageJson(ImmutableArray<AuditEntryJson> Items, long? Next)
{
    public static AuditPageJson Of(ImmutableArray<AuditRecord> newestFirst) => new(
        [.. newestFirst.Select(AuditEntryJson.From)],
        newestFirst.IsEmpty || newestFirst[^1].Seq == 1 ? null : newestFirst[^1].Seq - 1);
}

/// <summary>The first broken entry: its seq, its action (null when the entry is missing) and why, in Chinese.</summary>
public sealed record AuditBreakJson(long Seq, string? Action, string Reason);

/// <summary>GET /api/audit/verify: whether the chain holds, how many entries held, the head's hash and the first broken entry.</summary>
public sealed record AuditVerdictJson(bool Ok, long Entries, string HeadHash, AuditBreakJson? FirstBroken)
{
    public static AuditVerdictJson From(AuditVerdict v) => new(v.Ok, v.Entries, v.Head.Hash,
        v.FirstBroken is { } b ? new AuditBreakJson(b.Seq, b.Action, b.Reason) : null);
}
