using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Cost.Domain.Audit;

/// <summary>
/// The audit log's hash chain: how each entry's hash is computed, and the walk that checks a chain in
/// seq order and names the first entry that does not hold. Entries stream through the walk one at a
/// time, so a chain of any length is checked in constant memory.
/// </summary>
public static class AuditChain
{
    /// <summary>The prev_hash of the first entry: 64 zeros.</summary>
    public static readonly string Genesis = new('0', 64);

    /// <summary>
    /// Lowercase hex SHA-256 of the UTF-8 text <c>seq LF occurred_at LF actor LF action LF subject LF
    /// payload_json LF prev_hash</c> (seq in decimal, nothing after prev_hash). The appender keeps line
    /// breaks out of every field, so the text splits back into the same seven fields; an operator can
    /// recompute a hash with <c>printf '%s\n%s\n%s\n%s\n%s\n%s\n%s' … | sha256sum</c>.
    /// </summary>
    public static string Hash(long seq, string occurredAt, string actor, string action, string subject, string payloadJson, string prevHash) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n',
            seq.ToString(CultureInfo.InvariantCulture), occurredAt, actor, action, subject, payloadJson, prevHash))));

    /// <summary>
    /// Walks <paramref name="entries"/> (in seq order) against the <paramref name="head"/> the store
    /// keeps. Each entry must have the next seq, not lie beyond the head, link to the previous entry's
    /// hash and hash to its own; <paramref name="factCheck"/>, when given, then says why an intact
    /// entry's facts no longer match the rest of the store (null when they do). After the last entry,
    /// its seq and hash must be the head's, which catches a deleted or replaced last entry.
    /// </summary>
    public static async ValueTask<AuditVerdict> VerifyAsync(
        IAsyncEnumerable<AuditRecord> entries,
        AuditHead head,
        Func<AuditRecord, ValueTask<string?>>? factCheck = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(head);
        AuditRecord? previous = null;
        var count = 0L;
        await foreach (var entry in entries.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            var reason = LinkProblem(previous, entry, head) ?? (factCheck is null ? null : await factCheck(entry).ConfigureAwait(false));
            if (reason is not null)
            {
                return new AuditVerdict(count, head, new AuditBreak(entry.Seq, entry.Action, reason));
            }

            previous = entry;
            count++;
        }

        var last = previous?.Seq ?? 0;
        if (last != head.Seq)
        {
            return new AuditVerdict(count, head, new AuditBreak(last + 1, null, $"链头记录共 {head.Seq} 条，日志只到第 {last} 条：其后的条目被删除。"));
        }

        return (previous?.Hash ?? Genesis) == head.Hash
            ? new AuditVerdict(count, head, null)
            : new AuditVerdict(count, head, new AuditBreak(last, previous?.Action, "与链头记录的哈希不符：最后一条被改动后重算了哈希，或被替换。"));
    }

    private static string? LinkProblem(AuditRecord? previous, AuditRecord entry, AuditHead head)
    {
        var expected = (previous?.Seq ?? 0) + 1;
        if (entry.Seq != expected)
        {
            return $"序号不连续：此处应为第 {expected} 条，实为第 {entry.Seq} 条（条目被删除、插入或改了序号）。";
        }

        if (entry.Seq > head.Seq)
        {
            return $"在链头（第 {head.Seq} 条）之后：不是系统追加的条目。";
        }

        if (entry.PrevHash != (previous?.Hash ?? Genesis))
        {
            return expected == 1
                ? "第一条的 prev_hash 应为 64 个 0：本条被改动或链首被替换。"
                : $"prev_hash 与第 {expected - 1} 条的哈希不符：前一条被改动后重算了哈希，或本条的 prev_hash 被改动。";
        }

        return Hash(entry.Seq, entry.OccurredAt, entry.Actor, entry.Action, entry.Subject, entry.PayloadJson, entry.PrevHash) == entry.Hash
            ? null
            : "内容与哈希不符：本条在系统之外被改动。";
    }
}
