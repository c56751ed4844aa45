using System.Data.Common;
using Cost.Domain.Audit;
using Cost.Silos.ReadModels;
using Cost.Silos.Store;
using Microsoft.Data.Sqlite;

namespace Cost.Silos.Hosting;

/// <summary>What the operator's commands do to the store the configuration names: check it is there, and back it up.</summary>
public sealed class StoreMaintenance(CostDatabase database)
{
    /// <summary>Where the store is: the SQLite file or the PostgreSQL server and database.</summary>
    public string Description => database.Description;

    /// <summary>True when the store is an embedded SQLite file, which <see cref="BackupAsync"/> can copy.</summary>
    public bool IsEmbedded => database.Engine == StoreEngine.Sqlite;

    /// <summary>True when the SQLite file is not there: opening it would create an empty store at a mistyped path.</summary>
    public bool IsMissing => IsEmbedded && !File.Exists(new SqliteConnectionStringBuilder(database.ConnectionString).DataSource);

    /// <summary>True when <paramref name="e"/> says the store could not be read: unreachable, or without the tables asked for.</summary>
    public static bool CannotRead(Exception e) => e is DbException or StoreUnavailableException;

    /// <summary>Builds the indicator aggregates anew from every tender's latest filed version (after a restore, or to check the incremental ones).</summary>
    /// <returns>How many filed tenders and priced lines they hold.</returns>
    public async Task<(int Tenders, long Lines)> RebuildAggregatesAsync(DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        await MigrationRunner.ApplyAsync(database, cancellationToken).ConfigureAwait(false);
        return await IndicatorAggregates.RebuildAsync(database, at, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Copies the SQLite store to <paramref name="target"/> and verifies the copy's audit chain.</summary>
    public async Task<AuditVerdict> BackupAsync(string target, CancellationToken cancellationToken = default)
    {
        await using var source = (SqliteConnection)await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (var destination = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = target, Pooling = false }.ToString()))
        {
            await destination.OpenAsync(cancellationToken).ConfigureAwait(false);
            // SQLite's online backup copies one consistent snapshot while the running system keeps reading and writing.
            source.BackupDatabase(destination);
        }

        return await new AuditQueries(new CostDatabase(StoreEngine.Sqlite, $"Data Source={target}")).VerifyAsync(cancellationToken).ConfigureAwait(false);
    }
}
