using System.Collections.Immutable;
using System.Data.Common;
using Cost.Domain.Audit;
using Cost.Domain.Credit;
using Cost.Domain.Projects;
using Cost.Silos.Hosting;
using Dapper;

namespace Cost.Silos.Store;

/// <summary>
/// Keeps each firm's register of 注册造价工程师 (table firm_engineers), which submissions are checked against. Numbers are
/// kept in one written form (<see cref="SignatoryCheck.Normalize"/>). A registration number belongs to one firm at a time
/// (《注册造价工程师管理办法》: an engineer registers with one employer): a number another firm holds is refused, naming
/// that firm. Every change is audited in its transaction.
/// </summary>
public sealed class EngineerStore(CostDatabase database)
{
    /// <summary>Adds the engineer to the firm, or renames the one with that number; null when done, else the firm holding the number.</summary>
    public async Task<string?> SaveAsync(string creditCode, CostEngineer engineer, DateTimeOffset at, string by, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(engineer);
        var e = Normalized(engineer);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        if ((await HeldElsewhereAsync(connection, transaction, creditCode, [e])).FirstOrDefault() is { Firm: { } firm })
        {
            return firm;
        }

        var values = new { creditCode, e.RegistrationNumber, e.Name };
        if (await connection.ExecuteAsync("UPDATE firm_engineers SET name = @Name WHERE credit_code = @creditCode AND registration_number = @RegistrationNumber",
                values, transaction).ConfigureAwait(false) == 0)
        {
            await connection.ExecuteAsync("INSERT INTO firm_engineers (credit_code, registration_number, name) VALUES (@creditCode, @RegistrationNumber, @Name)",
                values, transaction).ConfigureAwait(false);
        }

        await AuditAsync(connection, transaction, creditCode, at, by, new { saved = e }).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return null;
    }

    /// <summary>Removes the engineer with that number from the firm; false when the firm has none.</summary>
    public async Task<bool> RemoveAsync(string creditCode, string registrationNumber, DateTimeOffset at, string by, CancellationToken cancellationToken = default)
    {
        var number = SignatoryCheck.Normalize(registrationNumber);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        if (await connection.ExecuteAsync("DELETE FROM firm_engineers WHERE credit_code = @creditCode AND registration_number = @number",
                new { creditCode, number }, transaction).ConfigureAwait(false) == 0)
        {
            return false;
        }

        await AuditAsync(connection, transaction, creditCode, at, by, new { removed = number }).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>
    /// Replaces the firm's whole register (a roster import); nothing is written, and the numbers other firms hold are
    /// answered with those firms, when any is.
    /// </summary>
    public async Task<ImmutableArray<(string RegistrationNumber, string Firm)>> ReplaceAsync(string creditCode, ImmutableArray<CostEngineer> engineers,
        DateTimeOffset at, string by, CancellationToken cancellationToken = default)
    {
        var roster = engineers.Select(Normalized).DistinctBy(e => e.RegistrationNumber).ToImmutableArray();
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var taken = await HeldElsewhereAsync(connection, transaction, creditCode, roster);
        if (taken.Length > 0)
        {
            return taken;
        }

        await connection.ExecuteAsync("DELETE FROM firm_engineers WHERE credit_code = @creditCode", new { creditCode }, transaction).ConfigureAwait(false);
        foreach (var e in roster)
        {
            await connection.ExecuteAsync("INSERT INTO firm_engineers (credit_code, registration_number, name) VALUES (@creditCode, @RegistrationNumber, @Name)",
                new { creditCode, e.RegistrationNumber, e.Name }, transaction).ConfigureAwait(false);
        }

        await AuditAsync(connection, transaction, creditCode, at, by, new { replaced = roster }).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return [];
    }

    private static CostEngineer Normalized(CostEngineer e) => new(e.Name.Trim(), SignatoryCheck.Normalize(e.RegistrationNumber));

    private static async Task<ImmutableArray<(string RegistrationNumber, string Firm)>> HeldElsewhereAsync(
        DbConnection connection, DbTransaction transaction, string creditCode, IReadOnlyList<CostEngineer> engineers)
    {
        var numbers = engineers.Select(e => e.RegistrationNumber).ToHashSet(StringComparer.Ordinal);
        var rows = await connection.QueryAsync<HeldRow>(
            """
            SELECT e.registration_number AS RegistrationNumber, f.name AS Firm FROM firm_engineers e JOIN firms f ON f.credit_code = e.credit_code
            WHERE e.credit_code <> @creditCode
            """, new { creditCode }, transaction).ConfigureAwait(false);
        return [.. rows.Where(r => numbers.Contains(SignatoryCheck.Normalize(r.RegistrationNumber))).Select(r => (r.RegistrationNumber, r.Firm))];
    }

    private static Task<long> AuditAsync(DbConnection connection, DbTransaction transaction, string creditCode, DateTimeOffset at, string by, object facts) =>
        AuditLog.AppendAsync(connection, transaction, new AuditEntry(at, by, AuditActions.EngineersChanged, creditCode, facts));

    private sealed class HeldRow
    {
        public string RegistrationNumber { get; init; } = "";

        public string Firm { get; init; } = "";
    }
}
