using Cost.Contracts;
using Cost.Domain.Credit;
using Cost.Silos.Hosting;
using Dapper;

namespace Cost.Silos.Store;

/// <summary>
/// Writes the register of cost-consulting firms. The same firm registered twice (by form, API or
/// roster) updates its row, never adds another.
/// </summary>
public sealed class FirmStore(CostDatabase database)
{
    /// <summary>
    /// Adds the firm or updates it: given details replace stored ones, missing ones (null) are kept;
    /// a non-empty engineer list replaces the stored list.
    /// </summary>
    /// <returns>True when the firm is new.</returns>
    public async Task<bool> SaveAsync(FirmDetails firm, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var values = new { firm.CreditCode, firm.Name, firm.Address, firm.LegalRepresentative, firm.Contact, createdAt = Times.Write(at) };
        var updated = await connection.ExecuteAsync(
            """
            UPDATE firms SET name = @Name, address = COALESCE(@Address, address),
                legal_representative = COALESCE(@LegalRepresentative, legal_representative), contact = COALESCE(@Contact, contact)
            WHERE credit_code = @CreditCode
            """, values, transaction).ConfigureAwait(false);
        if (updated == 0)
        {
            await connection.ExecuteAsync(
                """
                INSERT INTO firms (credit_code, name, address, legal_representative, contact, created_at)
                VALUES (@CreditCode, @Name, @Address, @LegalRepresentative, @Contact, @createdAt)
                """, values, transaction).ConfigureAwait(false);
        }

        if (!firm.Engineers.IsDefaultOrEmpty)
        {
            await connection.ExecuteAsync("DELETE FROM firm_engineers WHERE credit_code = @CreditCode", new { firm.CreditCode }, transaction).ConfigureAwait(false);
            foreach (var e in firm.Engineers.DistinctBy(e => e.RegistrationNumber))
            {
                await connection.ExecuteAsync(
                    "INSERT INTO firm_engineers (credit_code, registration_number, name) VALUES (@CreditCode, @RegistrationNumber, @Name)",
                    new { firm.CreditCode, e.RegistrationNumber, e.Name }, transaction).ConfigureAwait(false);
            }
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return updated == 0;
    }
}
