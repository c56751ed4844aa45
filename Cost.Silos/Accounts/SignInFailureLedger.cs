using Cost.Contracts;
using Cost.Silos.Hosting;
using Dapper;

namespace Cost.Silos.Accounts;

/// <summary>
/// Failed sign-ins per account (table sign_in_failures), so that a lockout holds across restarts and
/// across processes. Writes are optimistic: a change is saved only over the version it was computed from.
/// </summary>
public sealed class SignInFailureLedger(CostDatabase database)
{
    public async Task<SignInFailures?> FindAsync(string userName, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var row = await connection.QuerySingleOrDefaultAsync<FailureRow>(
            """
            SELECT failures AS Failures, window_started_at AS WindowStartedAt, locked_until AS LockedUntil, row_version AS RowVersion
            FROM sign_in_failures WHERE user_name = @userName
            """, new { userName }).ConfigureAwait(false);
        return row is null ? null : new SignInFailures((int)row.Failures, Times.Read(row.WindowStartedAt), Times.ReadOptional(row.LockedUntil), row.RowVersion);
    }

    /// <summary>
    /// Saves <paramref name="next"/> over <paramref name="read"/>, the state it was computed from (null when
    /// there was none); false when another request changed the row first.
    /// </summary>
    public async Task<bool> TrySaveAsync(string userName, SignInFailures? read, SignInFailures next, CancellationToken cancellationToken = default)
    {
        var values = new
        {
            userName,
            failures = (long)next.Failures,
            windowStartedAt = Times.Write(next.WindowStartedAt),
            lockedUntil = Times.WriteOptional(next.LockedUntil),
            readVersion = read?.RowVersion,
        };
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var changed = read is null
            ? await connection.ExecuteAsync(
                """
                INSERT INTO sign_in_failures (user_name, failures, window_started_at, locked_until, row_version)
                VALUES (@userName, @failures, @windowStartedAt, @lockedUntil, 1)
                ON CONFLICT (user_name) DO NOTHING
                """, values).ConfigureAwait(false)
            : await connection.ExecuteAsync(
                """
                UPDATE sign_in_failures
                SET failures = @failures, window_started_at = @windowStartedAt, locked_until = @lockedUntil, row_version = row_version + 1
                WHERE user_name = @userName AND row_version = @readVersion
                """, values).ConfigureAwait(false);
        return changed == 1;
    }

    /// <summary>Forgets the account's failures (after a successful sign-in).</summary>
    public async Task ClearAsync(string userName, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync("DELETE FROM sign_in_failures WHERE user_name = @userName", new { userName }).ConfigureAwait(false);
    }

    private sealed record FailureRow(long Failures, string WindowStartedAt, string? LockedUntil, long RowVersion);
}
