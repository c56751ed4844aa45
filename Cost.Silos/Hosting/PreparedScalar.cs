using System.Collections.Concurrent;

namespace Cost.Silos.Hosting;

/// <summary>
/// One small read asked thousands of times a second (the signed ceiling-price read's freshness check): each concurrent
/// caller borrows a <see cref="PreparedStatement"/> of this read's own. A connection whose read failed is closed, never
/// lent again; a few are kept idle.
/// </summary>
public sealed class PreparedScalar(CostDatabase database, string sql, string parameter) : IAsyncDisposable
{
    private const int MaxIdle = 4;

    private readonly ConcurrentBag<PreparedStatement> _idle = [];
    private volatile bool _disposed;

    /// <summary>The first column of the first row for <paramref name="value"/>; null when there is no row (or a NULL).</summary>
    public async Task<object?> ReadAsync(object value, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var prepared = _idle.TryTake(out var idle) ? idle : await PreparedStatement.OpenAsync(database, sql, [(parameter, "")], cancellationToken).ConfigureAwait(false);
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
}
