using Cost.Contracts;
using Cost.Silos.Hosting;
using Cost.Silos.ReadModels;
using Dapper;

namespace Cost.Silos.Exchange;

/// <summary>
/// The push outbox (table exchange_deliveries): each pushed event becomes one delivery per client
/// with a PushUrl, pending until that client answers 2xx. Rows are never deleted, so nothing is lost
/// across restarts; the bureau's delivery log reads them.
/// </summary>
public sealed class PushOutbox(CostDatabase database)
{
    /// <summary>Turns each pushed event not yet fanned out into one delivery per client, due now.</summary>
    public async Task<int> FanOutAsync(IReadOnlyCollection<(string ClientId, Uri PushUrl)> clients, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var events = (await connection.QueryAsync<long>("SELECT seq FROM exchange_events WHERE push = 1 AND fanned_out = 0 ORDER BY seq", transaction: transaction)
            .ConfigureAwait(false)).ToList();
        foreach (var seq in events)
        {
            foreach (var (clientId, url) in clients)
            {
                await connection.ExecuteAsync(
                    """
                    INSERT INTO exchange_deliveries (event_seq, client_id, push_url, attempts, next_attempt_at)
                    VALUES (@seq, @clientId, @url, 0, @due) ON CONFLICT (event_seq, client_id) DO NOTHING
                    """, new { seq, clientId, url = url.ToString(), due = now.ToUnixTimeSeconds() }, transaction).ConfigureAwait(false);
            }

            await connection.ExecuteAsync("UPDATE exchange_events SET fanned_out = 1 WHERE seq = @seq", new { seq }, transaction).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return events.Count;
    }

    /// <summary>Undelivered notices whose next attempt is due at <paramref name="now"/>, oldest first.</summary>
    public async Task<IReadOnlyList<PendingDelivery>> DueAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<DeliveryLog.Row>(
            $"{DeliveryLog.Select} WHERE d.delivered_at IS NULL AND d.next_attempt_at <= @now ORDER BY d.event_seq, d.client_id LIMIT @limit",
            new { now = now.ToUnixTimeSeconds(), limit }).ConfigureAwait(false);
        return [.. rows.Select(r => r.ToDelivery())];
    }

    /// <summary>Notes one attempt: delivered when <paramref name="delivered"/>, otherwise due again at <paramref name="retryAt"/>.</summary>
    public async Task RecordAttemptAsync(long eventSeq, string clientId, DateTimeOffset at, int? status, string? error, bool delivered, DateTimeOffset retryAt, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(
            """
            UPDATE exchange_deliveries SET attempts = attempts + 1, last_attempt_at = @at, last_status = @status, last_error = @error,
                   delivered_at = @deliveredAt, next_attempt_at = @retry
            WHERE event_seq = @eventSeq AND client_id = @clientId AND delivered_at IS NULL
            """,
            new
            {
                eventSeq, clientId, at = Times.Write(at), status, error, deliveredAt = delivered ? Times.Write(at) : null, retry = retryAt.ToUnixTimeSeconds(),
            }).ConfigureAwait(false);
    }
}
