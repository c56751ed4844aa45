using System.Globalization;
using Cost.Silos.Hosting;
using Dapper;

namespace Cost.Silos.Store;

/// <summary>
/// Applies the versioned migrations embedded under Store/Migrations (NNNN_name.sql) that the store
/// has not seen, each in its own transaction, in order. The scripts are portable SQL. On PostgreSQL
/// every process of a cluster runs this at start: a session advisory lock lets one apply them while
/// the others wait and then find nothing left to do.
/// </summary>
public static class MigrationRunner
{
    private const long MigrationLock = 0x436f73744d696772; // "CostMigr"

    public static async Task<int> ApplyAsync(CostDatabase database, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(database.Engine == StoreEngine.Sqlite ? "PRAGMA journal_mode=WAL" : $"SELECT pg_advisory_lock({MigrationLock})").ConfigureAwait(false);
        await connection.ExecuteAsync(
            "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER NOT NULL PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)").ConfigureAwait(false);
        var applied = (await connection.QueryAsync<int>("SELECT version FROM schema_migrations").ConfigureAwait(false)).ToHashSet();

        var count = 0;
        foreach (var (version, name, sql) in Scripts().Where(s => !applied.Contains(s.Version)))
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await connection.ExecuteAsync(sql, transaction: transaction).ConfigureAwait(false);
            await connection.ExecuteAsync(
                "INSERT INTO schema_migrations (version, name, applied_at) VALUES (@version, @name, @at)",
                new { version, name, at = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture) },
                transaction).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            count++;
        }

        if (database.Engine == StoreEngine.PostgreSql)
        {
            await connection.ExecuteAsync($"SELECT pg_advisory_unlock({MigrationLock})").ConfigureAwait(false);
        }

        return count;
    }

    private static IEnumerable<(int Version, string Name, string Sql)> Scripts()
    {
        var assembly = typeof(MigrationRunner).Assembly;
        const string prefix = "Cost.Silos.Store.Migrations.";
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var name = resource[prefix.Length..^".sql".Length];
            var version = int.Parse(name[..4], CultureInfo.InvariantCulture);
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            yield return (version, name, reader.ReadToEnd());
        }
    }
}
