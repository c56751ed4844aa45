using System.Collections.Immutable;
using Cost.Domain.Credit;
using Cost.Silos.Hosting;
using Dapper;

namespace Cost.Silos.ReadModels;

/// <summary>The register of cost-consulting firms as pages and APIs read it: their details and registered cost engineers.</summary>
public sealed class FirmRegister(CostDatabase database)
{

    /// <summary>The firm with its engineers, or null when it is not registered.</summary>
    public async Task<FirmDetails?> FindAsync(string creditCode, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var firm = await connection.QuerySingleOrDefaultAsync<Firm>(
            """
            SELECT credit_code AS CreditCode, name AS Name, address AS Address, legal_representative AS LegalRepresentative, contact AS Contact
            FROM firms WHERE credit_code = @creditCode
            """, new { creditCode }).ConfigureAwait(false);
        if (firm is null)
        {
            return null;
        }

        var engineers = await connection.QueryAsync<CostEngineer>(
            "SELECT name AS Name, registration_number AS RegistrationNumber FROM firm_engineers WHERE credit_code = @creditCode ORDER BY registration_number",
            new { creditCode }).ConfigureAwait(false);
        return new FirmDetails(firm.CreditCode, firm.Name, firm.Address, firm.LegalRepresentative, firm.Contact, [.. engineers]);
    }

    /// <summary>Every registered firm's code: what the nightly job fans out over.</summary>
    public async Task<ImmutableArray<string>> CodesAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return [.. await connection.QueryAsync<string>("SELECT credit_code FROM firms ORDER BY credit_code").ConfigureAwait(false)];
    }
}
