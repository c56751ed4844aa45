using System.Collections.Concurrent;
using System.Data.Common;

namespace Cost.Silos.Hosting;

/// <summary>
/// One small read asked thousands of times a second (the signed ceiling-price read's freshness check): each concurrent
/// caller borrows a connection of this read's own with the statement prepared on it once, instead of a pooled open, a
/// parse and a plan per call. A connection whose read failed is closed, never lent again; a few are kept idle.
/// </summary>
public sealed class PreparedScalar(CostDatabase database, string sql, string parameter) : IAsyncDisposable
{
    private const int MaxIdle = 4;

    private readonly ConcurrentBag<Prepared> _idle = [];
    private volatile bool _disposed;

    /// <summary>The first column of the first row for <paramref name="value"/>; null when there is no row (or a NULL).</summary>
    public async Task<object?> ReadAsync(object value, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var prepared = _idle.TryTake(out var idle) ? idle : await PrepareAsync(cancellationToken).ConfigureAwait(false);
        object? result;
        try
        {
            prepared.Command.Parameters[0].Value = value;
            result = await prepared.Command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await prepared.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        if (!_disposed && _idle.Count < MaxIdle)
        {
            _idle.Add(prepared);
        }
        else
        {
            await prepared.DisposeAsync().ConfigureAwait(false);
        }

        return result is DBNull ? null : result;
    }

    public async ValueTask DisposeAsync()
    {
        _disposed = true;
        while (_idle.TryTake(out var prepared))
        {
            await prepared.DisposeAsync().ConfigureAwait(false);
        }
    }

    private async Task<Prepared> PrepareAsync(CancellationToken cancellationToken)
    {
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var command = connection.CreateCommand();
            command.CommandText = sql;
            var p = command.CreateParameter();
            p.ParameterName = parameter;
            p.Value = "";
            command.Parameters.Add(p);
            await command.PrepareAsync(cancellationToken).ConfigureAwait(false);
            return new Prepared(connection, command);
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private sealed record Prepared(DbConnection Connection, DbCommand Command) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await Command.DisposeAsync().ConfigureAwait(false);
            await Connection.DisposeAsync().ConfigureAwait(false);
        }
    }
}
