using Cost.Silos.Hosting;
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
                   firm_credit_code AS FirmCreditCode
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

    /// <summary>The account's session state, or null when there is no such account.</summary>
    public async Task<AccountSession?> SessionAsync(string userName, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var row = await connection.QuerySingleOrDefaultAsync<SessionRow>(
            "SELECT security_stamp AS Stamp, must_change_password AS MustChange FROM users WHERE user_name = @userName", new { userName }).ConfigureAwait(false);
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

    /// <summary>Every account, for the bureau's list: name, display name, role, firm, and whether its password is still temporary.</summary>
    public async Task<IReadOnlyList<(UserAccount Account, bool Temporary)>> AllAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<ListRow>(
            """
            SELECT user_name AS UserName, display_name AS DisplayName, role AS Role, firm_credit_code AS FirmCreditCode, must_change_password AS MustChange
            FROM users ORDER BY role, user_name
            """).ConfigureAwait(false);
        return [.. rows.Select(r => (new UserAccount(r.UserName, r.DisplayName, "", r.Role, r.FirmCreditCode), r.MustChange != 0))];
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
    }
}
