using Cost.Contracts;
using Cost.Silos.Hosting;
using Dapper;

namespace Cost.Silos.ReadModels;

/// <summary>The push outbox (table exchange_deliveries) as the bureau's delivery log reads it.</summary>
public sealed class DeliveryLog(CostDatabase database)
{
    internal const string Select = """
        SELECT d.event_seq AS EventSeq, e.kind AS Kind, e.payload_json AS PayloadJson, e.occurred_at AS OccurredAt, d.client_id AS ClientId,
               d.push_url AS PushUrl, d.attempts AS Attempts, d.next_attempt_at AS NextAttemptAt, d.last_status AS LastStatus,
               d.last_error AS LastError, d.last_attempt_at AS LastAttemptAt, d.delivered_at AS DeliveredAt
        FROM exchange_deliveries d JOIN exchange_events e ON e.seq = d.event_seq
        """;

    /// <summary>The latest deliveries, newest event first, for the bureau's log.</summary>
    public async Task<IReadOnlyList<PendingDelivery>> RecentAsync(int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<Row>($"{Select} ORDER BY d.event_seq DESC, d.client_id LIMIT @limit", new { limit }).ConfigureAwait(false);
        return [.. rows.Select(r => r.ToDelivery())];
    }

    internal sealed record Row(
        long EventSeq, string Kind, string PayloadJson, string OccurredAt, string ClientId, string PushUrl, long Attempts, long NextAttemptAt,
        long? LastStatus, string? LastError, string? LastAttemptAt, string? DeliveredAt)
    {
        public PendingDelivery ToDelivery() => new(
            EventSeq, Kind, PayloadJson, Times.Read(OccurredAt), ClientId, PushUrl, (int)Attempts, DateTimeOffset.FromUnixTimeSeconds(NextAttemptAt),
            (int?)LastStatus, LastError, Times.ReadOptional(LastAttemptAt), Times.ReadOptional(DeliveredAt));
    }
}
