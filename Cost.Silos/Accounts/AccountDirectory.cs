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

    /// <summary>Replaces the password hash of an account.</summary>
    public async Task SetPasswordHashAsync(string userName, string passwordHash, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync("UPDATE users SET password_hash = @passwordHash WHERE user_name = @userName", new { userName, passwordHash }).ConfigureAwait(false);
    }

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
}
