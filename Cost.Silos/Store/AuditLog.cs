using System.Collections.Immutable;
using System.Data.Common;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using Cost.Domain.Audit;
using Dapper;

namespace Cost.Silos.Store;

/// <summary>
/// The audit log (tables audit_log and audit_head, migration 0006): entries appended in the
/// transaction of the change they record and chained by SHA-256 (<see cref="AuditChain"/>), browsed
/// newest first and verified by walking the chain in pages.
/// </summary>
public sealed class AuditLog(CostDatabase database)
{
    private const int VerifyPage = 1000;

    private const string Columns = """
        seq AS Seq, occurred_at AS OccurredAt, actor AS Actor, action AS Action, subject AS Subject,
        payload_json AS PayloadJson, prev_hash AS PrevHash, hash AS Hash
        """;

    /// <summary>
    /// Appends <paramref name="entry"/> inside the caller's <paramref name="transaction"/>, so that the
    /// change and its entry commit or roll back together. Call it last in the transaction: the head's
    /// lock is then the last lock taken (appenders cannot deadlock) and is held the shortest time.
    /// </summary>
    /// <returns>The entry's seq.</returns>
    public static async Task<long> AppendAsync(DbConnection connection, DbTransaction transaction, AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        // The hashed text is the fields joined by line breaks (AuditChain.Hash): a field holding one would make it ambiguous.
        foreach (var field in new[] { entry.Actor, entry.Action, entry.Subject })
        {
            if (field.Contains('\n', StringComparison.Ordinal))
            {
                throw new ArgumentException($"审计条目的操作人、动作和对象不能含换行：“{field}”。", nameof(entry));
            }
        }

        // Updating the head first serializes appenders: a row lock on PostgreSQL, the write lock on SQLite.
        var (seq, prevHash) = await connection.QuerySingleAsync<(long, string)>(
            "UPDATE audit_head SET seq = seq + 1 WHERE id = 1 RETURNING seq, hash", transaction: transaction).ConfigureAwait(false);
        var at = Times.Write(entry.At);
        var payload = CanonicalJson(entry.Facts);
        var hash = AuditChain.Hash(seq, at, entry.Actor, entry.Action, entry.Subject, payload, prevHash);
        await connection.ExecuteAsync(
            """
            INSERT INTO audit_log (seq, occurred_at, actor, action, subject, payload_json, prev_hash, hash)
            VALUES (@seq, @at, @Actor, @Action, @Subject, @payload, @prevHash, @hash)
            """,
            new { seq, at, entry.Actor, entry.Action, entry.Subject, payload, prevHash, hash }, transaction).ConfigureAwait(false);
        await connection.ExecuteAsync("UPDATE audit_head SET hash = @hash WHERE id = 1", new { hash }, transaction).ConfigureAwait(false);
        return seq;
    }

    /// <summary>
    /// Appends the entry <paramref name="next"/> makes of the newest entry of <paramref name="action"/>
    /// (null: none yet), or nothing when it returns null. The head is locked before the read, so that
    /// processes starting together (a cluster) decide one after another and append a change once.
    /// </summary>
    /// <returns>True when an entry was appended.</returns>
    public async Task<bool> AppendAfterLatestAsync(string action, Func<AuditRecord?, AuditEntry?> next, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync("UPDATE audit_head SET seq = seq WHERE id = 1", transaction: transaction).ConfigureAwait(false);
        var latest = await connection.QueryFirstOrDefaultAsync<AuditRecord>(
            $"SELECT {Columns} FROM audit_log WHERE action = @action ORDER BY seq DESC LIMIT 1", new { action }, transaction).ConfigureAwait(false);
        if (next(latest) is not { } entry)
        {
            return false;
        }

        await AppendAsync(connection, transaction, entry).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>Up to <paramref name="take"/> entries, newest first, from seq <paramref name="fromSeq"/> down (from the newest when null).</summary>
    public async Task<ImmutableArray<AuditRecord>> PageAsync(long? fromSeq, int take, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<AuditRecord>(
            $"SELECT {Columns} FROM audit_log WHERE @fromSeq IS NULL OR seq <= @fromSeq ORDER BY seq DESC LIMIT @take", new { fromSeq, take }).ConfigureAwait(false);
        return [.. rows];
    }

    /// <summary>
    /// Walks the chain up to the head as it is now (entries appended meanwhile are left for the next
    /// walk), a page at a time, and holds each ceiling-price entry against the version as stored.
    /// </summary>
    public async Task<AuditVerdict> VerifyAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var head = await connection.QuerySingleAsync<AuditHead>("SELECT seq AS Seq, hash AS Hash FROM audit_head WHERE id = 1").ConfigureAwait(false);
        return await AuditChain.VerifyAsync(EntriesAsync(connection, head.Seq, cancellationToken), head,
            e => e.Action.StartsWith(AuditActions.CeilingPricePrefix, StringComparison.Ordinal) ? TenderAudit.ProblemAsync(connection, e) : ValueTask.FromResult<string?>(null),
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Compact JSON with every object's keys in ordinal order, so the same facts always give the same
    /// text (and hash) whatever order a type declares them in.
    /// </summary>
    private static string CanonicalJson(object facts) =>
        Sorted(JsonSerializer.SerializeToNode(facts, StoreJson.Options))!.ToJsonString(StoreJson.Options);

    private static JsonNode? Sorted(JsonNode? node) => node switch
    {
        JsonObject o => new JsonObject(o.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => KeyValuePair.Create(p.Key, Sorted(p.Value)))),
        JsonArray a => new JsonArray([.. a.Select(Sorted)]),
        _ => node?.DeepClone(),
    };

    private static async IAsyncEnumerable<AuditRecord> EntriesAsync(DbConnection connection, long upTo, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        for (var after = 0L; after < upTo;)
        {
            var page = (await connection.QueryAsync<AuditRecord>(new CommandDefinition(
                $"SELECT {Columns} FROM audit_log WHERE seq > @after AND seq <= @upTo ORDER BY seq LIMIT @VerifyPage",
                new { after, upTo, VerifyPage }, cancellationToken: cancellationToken)).ConfigureAwait(false)).AsList();
            if (page.Count == 0)
            {
                yield break;
            }

            foreach (var entry in page)
            {
                yield return entry;
            }

            after = page[^1].Seq;
        }
    }
}
