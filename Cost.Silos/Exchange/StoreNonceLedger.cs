using System.Threading.Channels;
using Cost.Silos.Hosting;
using Dapper;

namespace Cost.Silos.Exchange;

/// <summary>
/// Cluster mode's nonce ledger: the nonces are kept in the store that every web front shares, so a replay is refused
/// across restarts and across the processes of a cluster (the key (client, nonce) is unique there). Requests arriving together are written together:
/// one writer takes every nonce waiting, records them in one transaction and then answers each request — group commit,
/// so a burst of signed reads costs one commit, not one each, and no request goes on before its nonce is stored.
/// Entries older than the replay window are swept now and then; until then an old entry does not count as a replay.
/// </summary>
public sealed class StoreNonceLedger : INonceLedger, IAsyncDisposable
{
    /// <summary>Most nonces written in one transaction.</summary>
    private const int MaxBatch = 1_000;

    /// <summary>How often old entries are deleted, in seconds.</summary>
    private const long SweepSeconds = 10;

    private readonly CostDatabase _database;
    private readonly Channel<Pending> _pending = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task _writer;
    private long _sweptAt;
    private Writer? _open;

    public StoreNonceLedger(CostDatabase database)
    {
        _database = database;
        _writer = Task.Run(WriteAsync);
    }

    public Task<bool> TryUseAsync(string clientId, string nonce, DateTimeOffset now)
    {
        var pending = new Pending(clientId, nonce, now.ToUnixTimeSeconds());
        return _pending.Writer.TryWrite(pending)
            ? pending.Answer.Task
            : throw new ObjectDisposedException(nameof(StoreNonceLedger));
    }

    public async ValueTask DisposeAsync()
    {
        _pending.Writer.TryComplete();
        await _writer.ConfigureAwait(false);
        if (_open is { } writer)
        {
            await writer.DisposeAsync().ConfigureAwait(false);
        }
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
        var writer = _open ??= await Writer.OpenAsync(_database).ConfigureAwait(false);
        try
        {
            return await writer.WriteAsync(batch, SweepCutoff(batch)).ConfigureAwait(false);
        }
        catch
        {
            // A broken connection is not used again: the next batch opens a new one.
            _open = null;
            await writer.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Every <see cref="SweepSeconds"/>: entries older than the window go; null between sweeps.</summary>
    private long? SweepCutoff(List<Pending> batch)
    {
        var now = batch.Max(p => p.Now);
        if (now - _sweptAt < SweepSeconds)
        {
            return null;
        }

        _sweptAt = now;
        return now - (long)INonceLedger.Window.TotalSeconds;
    }

    /// <summary>
    /// The writer's own connection and its prepared statement, kept open between batches: a batch costs one transaction
    /// and one execution per nonce of a statement parsed once.
    /// </summary>
    private sealed class Writer(PreparedStatement upsert) : IAsyncDisposable
    {
        public static async Task<Writer> OpenAsync(CostDatabase database) =>
            // A new key inserts; a key seen before the window is taken over (1 row either way); a recent one is a replay (0 rows).
            new(await PreparedStatement.OpenAsync(database, """
                INSERT INTO exchange_nonces (client_id, nonce, seen_at) VALUES (@client, @nonce, @now)
                ON CONFLICT (client_id, nonce) DO UPDATE SET seen_at = excluded.seen_at WHERE exchange_nonces.seen_at < @cutoff
                """, [("client", ""), ("nonce", ""), ("now", 0L), ("cutoff", 0L)]).ConfigureAwait(false));

        /// <summary>Records the batch in one transaction, after deleting entries older than <paramref name="sweepBefore"/> when given.</summary>
        public async Task<bool[]> WriteAsync(List<Pending> batch, long? sweepBefore)
        {
            var (connection, command) = (upsert.Connection, upsert.Command);
            await using var transaction = await connection.BeginTransactionAsync().ConfigureAwait(false);
            if (sweepBefore is { } cutoff)
            {
                await connection.ExecuteAsync("DELETE FROM exchange_nonces WHERE seen_at < @cutoff", new { cutoff }, transaction).ConfigureAwait(false);
            }

            command.Transaction = transaction;
            var fresh = new bool[batch.Count];
            for (var i = 0; i < batch.Count; i++)
            {
                var p = batch[i];
                (command.Parameters[0].Value, command.Parameters[1].Value, command.Parameters[2].Value, command.Parameters[3].Value) =
                    (p.ClientId, p.Nonce, p.Now, p.Now - (long)INonceLedger.Window.TotalSeconds);
                fresh[i] = await command.ExecuteNonQueryAsync().ConfigureAwait(false) == 1;
            }

            await transaction.CommitAsync().ConfigureAwait(false);
            return fresh;
        }

        public ValueTask DisposeAsync() => upsert.DisposeAsync();
    }

    private sealed record Pending(string ClientId, string Nonce, long Now)
    {
        public TaskCompletionSource<bool> Answer { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
