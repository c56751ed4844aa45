using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Cost.Silos.Store;

/// <summary>
/// The relational store, the system of record (DESIGN.md, "Runtime modes"). Opens connections with
/// the settings every connection needs; the embedded mode is a SQLite file.
/// </summary>
public sealed class CostDatabase
{
    private readonly string _connectionString;

    public CostDatabase(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString)
        {
            ForeignKeys = true,
            DefaultTimeout = 30,
            Pooling = true,
        };
        _connectionString = builder.ToString();
        DataSource = builder.DataSource;
    }

    /// <summary>The SQLite file, for messages and the README's "where is my data".</summary>
    public string DataSource { get; }

    /// <summary>The default store: cost.db in the user's data folder (~/.local/share/CostSystem on Linux).</summary>
    public static string DefaultConnectionString()
    {
        var folder = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "CostSystem");
        Directory.CreateDirectory(folder);
        return $"Data Source={Path.Combine(folder, "cost.db")}";
    }

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        return connection;
    }
}
