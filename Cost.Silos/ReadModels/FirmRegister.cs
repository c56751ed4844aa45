using System.Collections.Immutable;
using Cost.Domain.Credit;
using Cost.Domain.Projects;
using Cost.Silos.Hosting;
using Dapper;

namespace Cost.Silos.ReadModels;

/// <summary>The register of cost-consulting firms as pages and APIs read it: their details and registered cost engineers.</summary>
public sealed class FirmRegister(CostDatabase database)
{
    /// <summary>The firm whose register holds this registration number now, with the engineer's name; null when none does.</summary>
    public async Task<Employment?> EmployerAsync(string registrationNumber, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await connection.QuerySingleOrDefaultAsync<Employment>(
            """
            SELECT e.registration_number AS RegistrationNumber, e.name AS Name, f.credit_code AS CreditCode, f.name AS FirmName
            FROM firm_engineers e JOIN firms f ON f.credit_code = e.credit_code WHERE e.registration_number = @registrationNumber
            """, new { registrationNumber = SignatoryCheck.Normalize(registrationNumber) }).ConfigureAwait(false);
    }

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

    /// <summary>An engineer on a firm's register: the number as written there, the name, and the firm.</summary>
    public sealed record Employment(string RegistrationNumber, string Name, string CreditCode, string FirmName);
}
