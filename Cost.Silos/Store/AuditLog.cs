using System.Data.Common;
using System.Text.Json;
using System.Text.Json.Nodes;
using Cost.Contracts;
using Cost.Domain.Audit;
using Cost.Silos.Hosting;
using Cost.Silos.ReadModels;
using Dapper;

namespace Cost.Silos.Store;

/// <summary>
/// Appends to the audit log (tables audit_log and audit_head, migration 0006): entries appended in
/// the transaction of the change they record and chained by SHA-256 (<see cref="AuditChain"/>).
/// </summary>
internal sealed class AuditLog(CostDatabase database)
{
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
            $"SELECT {AuditQueries.Columns} FROM audit_log WHERE action = @action ORDER BY seq DESC LIMIT 1", new { action }, transaction).ConfigureAwait(false);
        if (next(latest) is not { } entry)
        {
            return false;
        }

        await AppendAsync(connection, transaction, entry).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return true;
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
}
