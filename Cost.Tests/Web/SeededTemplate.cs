using Dapper;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Cost.Tests.Web;

/// <summary>
/// One store seeded from data/ by a start of the system, once per test run, for factories to start on copies of:
/// a SQLite file copied, or a PostgreSQL database created from it as a template. Its data-protection keys are
/// removed, so that every copy makes its own (cookies of one test system are never accepted by another).
/// </summary>
internal static class SeededTemplate
{
    private static readonly Lazy<string> Folder = new(Seed, LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lock Copying = new();

    /// <summary>Gives the store of <paramref name="folder"/> (SQLite) or database <paramref name="database"/> (PostgreSQL) the template's content, unless it has a store.</summary>
    public static void CopyTo(string folder, string database)
    {
        var template = Folder.Value;
        if (CostWebFactory.Postgres is { } server)
        {
            // One copy at a time: PostgreSQL refuses to copy a template that another copy is reading.
            lock (Copying)
            {
                CostWebFactory.CreateDatabase(server, database, CostWebFactory.DatabaseNameOf(template));
            }

            return;
        }

        var target = CostWebFactory.DatabasePathOf(folder);
        if (!File.Exists(target))
        {
            File.Copy(CostWebFactory.DatabasePathOf(template), target);
        }
    }

    private static string Seed()
    {
        var folder = Directory.CreateTempSubdirectory("cost-template-").FullName;
        using (var factory = new CostWebFactory(folder, new Dictionary<string, string>()))
        {
            using var client = factory.CreateClient();
        }

        if (CostWebFactory.Postgres is { } server)
        {
            var name = CostWebFactory.DatabaseNameOf(folder);
            NpgsqlConnection.ClearAllPools();
            using (var connection = new NpgsqlConnection($"{server};Database={name};Pooling=false"))
            {
                connection.Execute("DELETE FROM data_protection_keys");
            }

            AppDomain.CurrentDomain.ProcessExit += (_, _) =>
            {
                using var connection = new NpgsqlConnection($"{server};Database=postgres;Pooling=false");
                connection.Execute($"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
            };
        }
        else
        {
            var path = CostWebFactory.DatabasePathOf(folder);
            SqliteConnection.ClearAllPools();
            using (var connection = new SqliteConnection($"Data Source={path};Pooling=false"))
            {
                connection.Execute("DELETE FROM data_protection_keys");
                connection.Execute("PRAGMA wal_checkpoint(TRUNCATE)");
            }

            AppDomain.CurrentDomain.ProcessExit += (_, _) =>
            {
                try
                {
                    Directory.Delete(folder, recursive: true);
                }
                catch (IOException)
                {
                    // the OS cleans temp folders
                }
            };
        }

        return folder;
    }
}
