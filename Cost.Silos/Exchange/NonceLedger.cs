using System.Threading.Channels;
using Cost.Silos.Hosting;
using Dapper;

namespace Cost.Silos.Exchange;

/// <summary>
/// Nonces seen from exchange clients. Kept in the store, so a replay is refused across restarts and across the
/// processes of a cluster (the key (client, nonce) is unique there). Requests arriving together are written together:
/// one writer takes every nonce waiting, records them in one transaction and then answers each request — group commit,
/// so a burst of signed reads costs one commit, not one each, and no request goes on before its nonce is stored.
/// Entries older than the replay window are swept now and then; until then an old entry does not count as a replay.
/// </summary>
public sealed class NonceLedger : IAsyncDisposable
{
    /// <summary>Most nonces written in one transaction.</summary>
    private const int MaxBatch = 1_000;

    /// <summary>How often old entries are deleted, in seconds.</summary>
    private const long SweepSeconds = 10;

    private readonly CostDatabase _database;
    private readonly Channel<Pending> _pending = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task _writer;
    private long _sweptAt;

    public NonceLedger(CostDatabase database)
    {
        _database = database;
        _writer = Task.Run(WriteAsync);
    }

    /// <summary>Records the nonce; false when the client already used it within <paramref name="window"/>.</summary>
    public Task<bool> TryUseAsync(string clientId, string nonce, DateTimeOffset now, TimeSpan window, CancellationToken cancellationToken = default)
    {
        var pending = new Pending(clientId, nonce, now.ToUnixTimeSeconds(), (long)window.TotalSeconds);
        return _pending.Writer.TryWrite(pending)
            ? pending.Answer.Task.WaitAsync(cancellationToken)
            : throw new ObjectDisposedException(nameof(NonceLedger));
    }

    public async ValueTask DisposeAsync()
    {
        _pending.Writer.TryComplete();
        await _writer.ConfigureAwait(false);
    }

    private async Task WriteAsync()
    {
        var batch = new List<Pending>(MaxBatch);
        while (await _pending.Reader.WaitToReadAsync().ConfigureAwait(false))
        {
            batch.Clear();
            while (batch.Count < MaxBatch && _pending.Reader.TryRead(out var next))
            {
                batch.Add(next);
            }

            try
            {
                var fresh = await WriteBatchAsync(batch).ConfigureAwait(false);
                for (var i = 0; i < batch.Count; i++)
                {
                    batch[i].Answer.TrySetResult(fresh[i]);
                }
            }
            catch (Exception e)
            {
                // The store is away or refused the batch: every request of it fails as a single write would have.
                foreach (var pending in batch)
                {
                    pending.Answer.TrySetException(e);
                }
            }
        }
    }

    /// <summary>Writes the batch in one transaction; for each nonce, whether it was new (or its entry older than the window).</summary>
    private async Task<bool[]> WriteBatchAsync(List<Pending> batch)
    {
        await using var connection = await _database.OpenAsync().ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync().ConfigureAwait(false);
        var now = batch.Max(p => p.Now);
        if (now - _sweptAt >= SweepSeconds)
        {
            await connection.ExecuteAsync("DELETE FROM exchange_nonces WHERE seen_at < @cutoff",
                new { cutoff = now - batch.Max(p => p.Window) }, transaction).ConfigureAwait(false);
            _sweptAt = now;
        }

        var fresh = new bool[batch.Count];
        for (var i = 0; i < batch.Count; i++)
        {
            var p = batch[i];
            // A new key inserts; a key seen before the window is taken over (1 row either way); a recent one is a replay (0 rows).
            fresh[i] = await connection.ExecuteAsync(
                """
                INSERT INTO exchange_nonces (client_id, nonce, seen_at) VALUES (@ClientId, @Nonce, @Now)
                ON CONFLICT (client_id, nonce) DO UPDATE SET seen_at = excluded.seen_at WHERE exchange_nonces.seen_at < @cutoff
                """,
                new { p.ClientId, p.Nonce, p.Now, cutoff = p.Now - p.Window }, transaction).ConfigureAwait(false) == 1;
        }

        await transaction.CommitAsync().ConfigureAwait(false);
        return fresh;
    }

    private sealed record Pending(string ClientId, string Nonce, long Now, long Window)
    {
        public TaskCompletionSource<bool> Answer { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
