using Cost.Contracts;
using Cost.Silos.Hosting;
using Dapper;

namespace Cost.Silos.Accounts;

/// <summary>
/// Failed sign-ins per subject (table sign_in_failures): an account (<see cref="Account"/>) or a client address
/// (<see cref="Client"/>), so that a lockout or a wait holds across restarts and across processes. Writes are optimistic:
/// a change is saved only over the version it was computed from.
/// </summary>
public sealed class SignInFailureLedger(CostDatabase database)
{
    public static string Account(string userName) => "account:" + userName;

    public static string Client(string address) => "client:" + address;

    public async Task<SignInFailures?> FindAsync(string subject, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var row = await connection.QuerySingleOrDefaultAsync<FailureRow>(
            """
            SELECT failures AS Failures, window_started_at AS WindowStartedAt, locked_until AS LockedUntil, locks AS Locks, row_version AS RowVersion
            FROM sign_in_failures WHERE subject = @subject
            """, new { subject }).ConfigureAwait(false);
        return row is null ? null : new SignInFailures((int)row.Failures, Times.Read(row.WindowStartedAt), Times.ReadOptional(row.LockedUntil), (int)row.Locks, row.RowVersion);
    }

    /// <summary>
    /// Saves <paramref name="next"/> over <paramref name="read"/>, the state it was computed from (null when
    /// there was none); false when another request changed the row first.
    /// </summary>
    public async Task<bool> TrySaveAsync(string subject, SignInFailures? read, SignInFailures next, CancellationToken cancellationToken = default)
    {
        var values = new
        {
            subject,
            failures = (long)next.Failures,
            windowStartedAt = Times.Write(next.WindowStartedAt),
            lockedUntil = Times.WriteOptional(next.LockedUntil),
            locks = (long)next.Locks,
            readVersion = read?.RowVersion,
        };
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var changed = read is null
            ? await connection.ExecuteAsync(
                """
                INSERT INTO sign_in_failures (subject, failures, window_started_at, locked_until, locks, row_version)
                VALUES (@subject, @failures, @windowStartedAt, @lockedUntil, @locks, 1)
                ON CONFLICT (subject) DO NOTHING
                """, values).ConfigureAwait(false)
            : await connection.ExecuteAsync(
                """
                UPDATE sign_in_failures
                SET failures = @failures, window_started_at = @windowStartedAt, locked_until = @lockedUntil, locks = @locks, row_version = row_version + 1
                WHERE subject = @subject AND row_version = @readVersion
                """, values).ConfigureAwait(false);
        return changed == 1;
    }

    /// <summary>Forgets the subject's failures (an account's, after a successful sign-in or a password reset).</summary>
    public async Task ClearAsync(string subject, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync("DELETE FROM sign_in_failures WHERE subject = @subject", new { subject }).ConfigureAwait(false);
    }

    private sealed record FailureRow(long Failures, string WindowStartedAt, string? LockedUntil, long Locks, long RowVersion);
}
