using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Npgsql;

namespace Cost.Silos.Hosting;

/// <summary>Which engine holds the store (docs/architecture.md "Runtime modes").</summary>
public enum StoreEngine
{
    /// <summary>Embedded mode: one SQLite file in the user's data folder.</summary>
    Sqlite,

    /// <summary>Cluster mode: PostgreSQL, shared by every silo and web front.</summary>
    PostgreSql,
}

/// <summary>
/// The relational store, the system of record (docs/architecture.md "Runtime modes"). Opens connections with
/// the settings every connection needs. The SQL of the stores is the same on both engines; what
/// differs (opening, locks, recognising errors) is here and nowhere else.
/// </summary>
public sealed class CostDatabase
{
    private readonly string _connectionString;


    public CostDatabase(StoreEngine engine, string connectionString)
    {
        Engine = engine;
        if (engine == StoreEngine.Sqlite)
        {
            var builder = new SqliteConnectionStringBuilder(connectionString) { ForeignKeys = true, DefaultTimeout = 30, Pooling = true };
            _connectionString = builder.ToString();
            Description = builder.DataSource;
            File = builder.Mode == SqliteOpenMode.Memory || builder.DataSource is "" or ":memory:" ? null : Path.GetFullPath(builder.DataSource);
        }
        else
        {
            // Keep each process's pool well inside PostgreSQL's max_connections (100 by default) when a
            // fan-out activates hundreds of grains at once or a deadline's rush brings a hundred uploads:
            // they queue for a pooled connection. The driver's Timeout is both how long a connection
            // attempt may take and how long a caller waits in that queue, so it is long enough for a rush
            // (30 s); a database that is away refuses the connection at once (503 within the request), and
            // commands stay bounded so a hung server cannot hold a grain forever.
            var builder = new NpgsqlConnectionStringBuilder(connectionString);
            if (!connectionString.Contains("Timeout", StringComparison.OrdinalIgnoreCase))
            {
                builder.Timeout = 30;
                builder.CommandTimeout = 30;
            }

            if (!connectionString.Contains("Pool Size", StringComparison.OrdinalIgnoreCase))
            {
                builder.MaxPoolSize = 25;
            }

            // An idle pooled connection to a database that went away is found out by a keepalive
            // within seconds and dropped, so the first request after the database returns succeeds.
            if (!connectionString.Contains("Keepalive", StringComparison.OrdinalIgnoreCase))
            {
                builder.KeepAlive = 5;
            }

            _connectionString = builder.ToString();
            Description = $"PostgreSQL {builder.Host}:{builder.Port}/{builder.Database}";
        }
    }

    /// <summary>Cost:Mode (embedded | cluster) and ConnectionStrings:Cost, as docs/architecture.md fixes them.</summary>
    public static CostDatabase FromConfiguration(IConfiguration configuration)
    {
        var engine = RuntimeMode.IsCluster(configuration) ? StoreEngine.PostgreSql : StoreEngine.Sqlite;
        var connectionString = configuration.GetConnectionString("Cost");
        if (engine == StoreEngine.PostgreSql && string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException("集群模式（Cost:Mode=cluster）需要配置 ConnectionStrings:Cost（PostgreSQL，如 Host=127.0.0.1;Port=5432;Database=cost;Username=cost）。");
        }

        return new CostDatabase(engine, connectionString ?? DefaultConnectionString());
    }

    public StoreEngine Engine { get; }

    /// <summary>The connection string with the settings applied, for the job store that shares the database.</summary>
    public string ConnectionString => _connectionString;

    /// <summary>The SQLite store's file; null in cluster mode and for a store held in memory.</summary>
    public string? File { get; }

    /// <summary>Where the data is, for messages and the README's "where is my data" (never the password).</summary>
    public string Description { get; }

    /// <summary>The default store: cost.db in the user's data folder (~/.local/share/CostSystem on Linux).</summary>
    public static string DefaultConnectionString()
    {
        var folder = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "CostSystem");
        Directory.CreateDirectory(folder);
        return $"Data Source={Path.Combine(folder, "cost.db")}";
    }

    /// <summary>Opens a connection; a store that cannot be reached is a <see cref="StoreUnavailableException"/>.</summary>
    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        DbConnection connection = Engine == StoreEngine.Sqlite ? new SqliteConnection(_connectionString) : new NpgsqlConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch (Exception e) when (IsUnavailable(e))
        {
            // No inner exception: this one crosses from a silo to the web front, the driver's could not.
            await connection.DisposeAsync().ConfigureAwait(false);
            throw new StoreUnavailableException($"数据库暂时无法连接（{Description}：{e.Message}），请稍后重试。");
        }
    }

    /// <summary>
    /// Serialises the transactions that number rows of <paramref name="table"/> with MAX(seq) + 1.
    /// SQLite has one writer at a time already; PostgreSQL takes a transaction-scoped advisory lock,
    /// so two filings at once get seq n and n + 1 instead of a duplicate-key failure.
    /// </summary>
    public static Task LockSequenceAsync(DbConnection connection, DbTransaction transaction, string table) =>
        connection is NpgsqlConnection
            ? connection.ExecuteAsync("SELECT pg_advisory_xact_lock(hashtext(@table))", new { table }, transaction)
            : Task.CompletedTask;

    /// <summary>A row with that key already exists: SQLITE_CONSTRAINT (19) or PostgreSQL unique_violation (23505).</summary>
    public static bool IsUniqueViolation(DbException e) =>
        e is SqliteException { SqliteErrorCode: 19 } || e is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };

    /// <summary>
    /// The database is away (refused, reset, timed out, shutting down), as opposed to a wrong
    /// statement. When the connection itself broke (a socket or I/O error, the server shutting down) the idle
    /// pooled connections lead nowhere either: they are dropped, so the first requests after the database
    /// returns open fresh ones instead of failing on stale ones. A time-out alone clears nothing.
    /// </summary>
    public static bool IsUnavailable(Exception e)
    {
        var unavailable = IsConnectionFailure(e);
        if (unavailable && e is NpgsqlException n && (n.InnerException is System.Net.Sockets.SocketException or IOException
            || n is PostgresException p && p.SqlState.StartsWith("57P", StringComparison.Ordinal)))
        {
            NpgsqlConnection.ClearAllPools();
        }

        return unavailable;
    }

    private static bool IsConnectionFailure(Exception e) => e switch
    {
        StoreUnavailableException => true,
        PostgresException p => p.SqlState.StartsWith("08", StringComparison.Ordinal) || p.SqlState.StartsWith("57P", StringComparison.Ordinal),
        NpgsqlException n => n.IsTransient || n.InnerException is System.Net.Sockets.SocketException or IOException or TimeoutException,
        SqliteException s => s.SqliteErrorCode is 14 /* CANTOPEN */ or 5 /* BUSY past the timeout */,
        _ => false,
    };
}
