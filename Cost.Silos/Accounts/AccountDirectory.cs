using Cost.Contracts;
using Cost.Domain.Audit;
using Cost.Silos.Hosting;
using Cost.Silos.Store;
using Dapper;

namespace Cost.Silos.Accounts;

/// <summary>User accounts: the sign-in looks them up; the start-up seeds the demo accounts (<see cref="Hosting.StoreSetup"/>).</summary>
public sealed class AccountDirectory(CostDatabase database)
{
    /// <summary>The role of the bureau's accounts, as the users table stores it.</summary>
    public const string BureauRole = "Bureau";

    public async Task<UserAccount?> FindUserAsync(string userName, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await connection.QuerySingleOrDefaultAsync<UserAccount>(
            """
            SELECT user_name AS UserName, display_name AS DisplayName, password_hash AS PasswordHash, role AS Role,
                   firm_credit_code AS FirmCreditCode, status AS Status
            FROM users WHERE user_name = @userName
            """, new { userName }).ConfigureAwait(false);
    }

    /// <summary>
    /// Adds the first bureau account of a store: nothing is written, and false returned, when the store
    /// already holds a bureau account (checked in the same statement, so two operators cannot both add one).
    /// </summary>
    public async Task<bool> AddFirstBureauAsync(string userName, string displayName, string passwordHash, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await connection.ExecuteAsync(
            """
            INSERT INTO users (user_name, display_name, password_hash, role, firm_credit_code)
            SELECT @userName, @displayName, @passwordHash, @role, NULL
            WHERE NOT EXISTS (SELECT 1 FROM users WHERE role = @role)
            """, new { userName, displayName, passwordHash, role = BureauRole }).ConfigureAwait(false) == 1;
    }

    /// <summary>Replaces the password hash of an account; its sessions end (a new stamp) and the password is no longer temporary.</summary>
    public async Task SetPasswordHashAsync(string userName, string passwordHash, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(
            "UPDATE users SET password_hash = @passwordHash, security_stamp = @stamp, must_change_password = 0 WHERE user_name = @userName",
            new { userName, passwordHash, stamp = NewStamp() }).ConfigureAwait(false);
    }

    /// <summary>The account's session state, or null when there is no such account or it is not active (disabled, pending).</summary>
    public async Task<AccountSession?> SessionAsync(string userName, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var row = await connection.QuerySingleOrDefaultAsync<SessionRow>(
            "SELECT security_stamp AS Stamp, must_change_password AS MustChange FROM users WHERE user_name = @userName AND status = @active",
            new { userName, active = AccountStatus.Active }).ConfigureAwait(false);
        return row is null ? null : new AccountSession(row.Stamp, row.MustChange != 0);
    }

    /// <summary>Ends every session of the account: its cookies and tokens stop working on their next request.</summary>
    public async Task EndSessionsAsync(string userName, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync("UPDATE users SET security_stamp = @stamp WHERE user_name = @userName", new { userName, stamp = NewStamp() }).ConfigureAwait(false);
    }

    /// <summary>Adds an account with a temporary password to change at the first log-in; false when the user name is taken.</summary>
    public async Task<bool> AddTemporaryAsync(UserAccount user, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await connection.ExecuteAsync(
            """
            INSERT INTO users (user_name, display_name, password_hash, role, firm_credit_code, security_stamp, must_change_password)
            SELECT @UserName, @DisplayName, @PasswordHash, @Role, @FirmCreditCode, @stamp, 1
            WHERE NOT EXISTS (SELECT 1 FROM users WHERE user_name = @UserName)
            """, new { user.UserName, user.DisplayName, user.PasswordHash, user.Role, user.FirmCreditCode, stamp = NewStamp() }).ConfigureAwait(false) == 1;
    }

    /// <summary>
    /// Adds an account a firm's consultant registered, with the password they chose, pending until the bureau approves it;
    /// false when the user name is taken.
    /// </summary>
    public async Task<bool> AddPendingAsync(UserAccount user, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await connection.ExecuteAsync(
            """
            INSERT INTO users (user_name, display_name, password_hash, role, firm_credit_code, security_stamp, must_change_password, status, requested_at)
            SELECT @UserName, @DisplayName, @PasswordHash, @Role, @FirmCreditCode, @stamp, 0, @pending, @requestedAt
            WHERE NOT EXISTS (SELECT 1 FROM users WHERE user_name = @UserName)
            """, new { user.UserName, user.DisplayName, user.PasswordHash, user.Role, user.FirmCreditCode, stamp = NewStamp(), pending = AccountStatus.Pending,
                requestedAt = Times.Write(at) }).ConfigureAwait(false) == 1;
    }

    /// <summary>
    /// Sets the account's status (disable, enable, approve); its sessions end. False when there is no such account or it
    /// is in neither of <paramref name="from"/>.
    /// </summary>
    public Task<bool> SetStatusAsync(string userName, string status, (string, string) from, DateTimeOffset at, string by, CancellationToken cancellationToken = default) =>
        ChangeAsync(userName, "status = @status, requested_at = NULL", new { status, fromA = from.Item1, fromB = from.Item2 }, "AND status IN (@fromA, @fromB)",
            new { status }, at, by, cancellationToken);

    /// <summary>Gives the account a new temporary password (hash) to change at the next sign-in; its sessions end and a lockout is lifted.</summary>
    public Task<bool> ResetPasswordAsync(string userName, string passwordHash, DateTimeOffset at, string by, CancellationToken cancellationToken = default) =>
        ChangeAsync(userName, "password_hash = @passwordHash, must_change_password = 1", new { passwordHash }, "", new { passwordReset = true }, at, by, cancellationToken,
            "DELETE FROM sign_in_failures WHERE subject = @subject");

    /// <summary>Changes the account's role and firm; its sessions end (what it may do has changed).</summary>
    public Task<bool> ChangeRoleAsync(string userName, string role, string? firmCreditCode, DateTimeOffset at, string by, CancellationToken cancellationToken = default) =>
        ChangeAsync(userName, "role = @role, firm_credit_code = @firmCreditCode", new { role, firmCreditCode }, "", new { role, firmCreditCode }, at, by, cancellationToken);

    /// <summary>Every account, for the bureau's list: name, display name, role, firm, status, and whether its password is still temporary.</summary>
    public async Task<IReadOnlyList<(UserAccount Account, bool Temporary)>> AllAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<ListRow>(
            """
            SELECT user_name AS UserName, display_name AS DisplayName, role AS Role, firm_credit_code AS FirmCreditCode, must_change_password AS MustChange,
                   status AS Status
            FROM users ORDER BY CASE status WHEN 'pending' THEN 0 ELSE 1 END, role, user_name
            """).ConfigureAwait(false);
        return [.. rows.Select(r => (new UserAccount(r.UserName, r.DisplayName, "", r.Role, r.FirmCreditCode, r.Status), r.MustChange != 0))];
    }

    /// <summary>
    /// One change to an account in a transaction with its audit entry and a new security stamp (every session ends);
    /// <paramref name="then"/> runs in the same transaction. False when no account matched.
    /// </summary>
    private async Task<bool> ChangeAsync(string userName, string set, object values, string condition, object facts, DateTimeOffset at, string by,
        CancellationToken cancellationToken, string? then = null)
    {
        var parameters = new DynamicParameters(values);
        parameters.AddDynamicParams(new { userName, stamp = NewStamp() });
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        if (await connection.ExecuteAsync($"UPDATE users SET {set}, security_stamp = @stamp WHERE user_name = @userName {condition}", parameters, transaction)
                .ConfigureAwait(false) == 0)
        {
            return false;
        }

        if (then is not null)
        {
            await connection.ExecuteAsync(then, new { subject = SignInFailureLedger.Account(userName) }, transaction).ConfigureAwait(false);
        }

        await AuditLog.AppendAsync(connection, transaction, new AuditEntry(at, by, AuditActions.AccountChanged, userName, facts)).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    private static string NewStamp() => Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));

    /// <summary>True when the store holds no account yet: the first start of an empty store.</summary>
    internal async Task<bool> IsEmptyAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM users").ConfigureAwait(false) == 0;
    }

    internal async Task AddUserAsync(UserAccount user, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(
            """
            INSERT INTO users (user_name, display_name, password_hash, role, firm_credit_code)
            VALUES (@UserName, @DisplayName, @PasswordHash, @Role, @FirmCreditCode)
            """, user).ConfigureAwait(false);
    }

    private sealed class SessionRow
    {
        public string Stamp { get; init; } = "";

        public long MustChange { get; init; }
    }

    private sealed class ListRow
    {
        public string UserName { get; init; } = "";

        public string DisplayName { get; init; } = "";

        public string Role { get; init; } = "";

        public string? FirmCreditCode { get; init; }

        public long MustChange { get; init; }

        public string Status { get; init; } = AccountStatus.Active;
    }
}
