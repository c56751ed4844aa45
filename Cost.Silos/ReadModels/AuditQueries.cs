using System.Collections.Immutable;
using System.Data.Common;
using System.Runtime.CompilerServices;
using Cost.Domain.Audit;
using Cost.Silos.Hosting;
using Cost.Silos.Store;
using Dapper;

namespace Cost.Silos.ReadModels;

/// <summary>
/// The audit log as the bureau reads it: browsed newest first, and verified by walking the chain
/// (<see cref="AuditChain"/>) in pages.
/// </summary>
public sealed class AuditQueries(CostDatabase database)
{
    private const int VerifyPage = 1000;

    internal const string Columns = """
        seq AS Seq, occurred_at AS OccurredAt, actor AS Actor, action AS Action, subject AS Subject,
        payload_json AS PayloadJson, prev_hash AS PrevHash, hash AS Hash
        """;

    /// <summary>Up to <paramref name="take"/> entries, newest first, from seq <paramref name="fromSeq"/> down (from the newest when null).</summary>
    public Task<ImmutableArray<AuditRecord>> PageAsync(long? fromSeq, int take, CancellationToken cancellationToken = default) =>
        PageAsync(AuditFilter.None, fromSeq, take, cancellationToken);

    /// <summary>The actions the log holds, for the bureau to filter by.</summary>
    public async Task<ImmutableArray<string>> ActionsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return [.. await connection.QueryAsync<string>("SELECT DISTINCT action FROM audit_log ORDER BY action").ConfigureAwait(false)];
    }

    /// <summary>The same, of the entries that match <paramref name="filter"/>.</summary>
    public async Task<ImmutableArray<AuditRecord>> PageAsync(AuditFilter filter, long? fromSeq, int take, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var conditions = new List<string> { fromSeq is null ? "1 = 1" : "seq <= @fromSeq" };
        if (filter.Action is not null)
        {
            conditions.Add("action = @action");
        }

        if (filter.Subject is not null)
        {
            conditions.Add("subject LIKE @subject");
        }

        if (filter.Actor is not null)
        {
            conditions.Add("actor = @actor");
        }

        if (filter.Day is not null)
        {
            // Times are stored in bureau time (yyyy-MM-ddTHH:mm:ss.fff+08:00): the day is the text's start.
            conditions.Add("occurred_at LIKE @day");
        }

        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<AuditRecord>(
            $"SELECT {Columns} FROM audit_log WHERE {string.Join(" AND ", conditions)} ORDER BY seq DESC LIMIT @take",
            new
            {
                fromSeq, take, action = filter.Action, subject = filter.Subject + "%", actor = filter.Actor,
                day = filter.Day?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + "%",
            }).ConfigureAwait(false);
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
