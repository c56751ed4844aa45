using Cost.Silos.ReadModels;
using Cost.Silos.Store;
using Dapper;

namespace Cost.Silos.Accounts;

/// <summary>User accounts, and the firms the sample data seeds with them.</summary>
public sealed class AccountDirectory(CostDatabase database)
{
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

    /// <summary>True when the store holds no account yet: the first start of an empty store.</summary>
    public async Task<bool> IsEmptyAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM users").ConfigureAwait(false) == 0;
    }

    public async Task AddFirmAsync(Firm firm, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(
            """
            INSERT INTO firms (credit_code, name, address, legal_representative, contact, created_at)
            VALUES (@CreditCode, @Name, @Address, @LegalRepresentative, @Contact, @createdAt)
            """, new { firm.CreditCode, firm.Name, firm.Address, firm.LegalRepresentative, firm.Contact, createdAt = Times.Write(at) }).ConfigureAwait(false);
    }

    public async Task AddUserAsync(UserAccount user, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(
            """
            INSERT INTO users (user_name, display_name, password_hash, role, firm_credit_code)
            VALUES (@UserName, @DisplayName, @PasswordHash, @Role, @FirmCreditCode)
            """, user).ConfigureAwait(false);
    }
}
