using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Dapper;
using Npgsql;
using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Cost.Tests.Web;

/// <summary>
/// The whole web front with its co-hosted silo on a temporary SQLite store and free ports, seeded
/// from data/ as a fresh install is. One instance is shared by the web test classes.
/// With COST_TEST_POSTGRES (a server: "Host=…;Port=…;Username=…") and COST_TEST_REDIS set, the same
/// tests run in cluster mode: each store is a database of its own on that server and the silo joins
/// a Redis cluster of its own (test.sh runs the web tests so a second time).
/// Seeding a store from data/ takes most of a start (two years of price surveys closed and published): a factory
/// that starts fresh and changes nothing seeding depends on starts on a copy of one store seeded once per test
/// run (<see cref="SeededTemplate"/>), without its data-protection keys, so that each is still an installation of its own.
/// </summary>
public class CostWebFactory : WebApplicationFactory<Program>
{
    private readonly string _folder;
    private readonly IReadOnlyDictionary<string, string> _settings;
    private readonly bool _ownsFolder;
    private readonly Action<IServiceCollection>? _configureServices;
    private readonly bool _fromTemplate;

    public CostWebFactory()
        : this(Directory.CreateTempSubdirectory("cost-tests-").FullName, new Dictionary<string, string>(), ownsFolder: true, fromTemplate: true)
    {
    }

    /// <summary>A factory over an existing store folder (to restart the system on the same store) with extra settings.</summary>
    /// <param name="folder">The store's folder (its SQLite file, or its PostgreSQL database's name).</param>
    /// <param name="settings">Configuration on top of the test defaults.</param>
    /// <param name="ownsFolder">Whether the store is deleted with the factory.</param>
    /// <param name="configureServices">Services replaced for the test.</param>
    /// <param name="fromTemplate">Whether a new store starts as a copy of the seeded template instead of seeding itself: only where neither the settings nor the services change what seeding writes.</param>
    internal CostWebFactory(string folder, IReadOnlyDictionary<string, string> settings, bool ownsFolder = false, Action<IServiceCollection>? configureServices = null,
        bool fromTemplate = false)
    {
        (_folder, _settings, _ownsFolder, _configureServices, _fromTemplate) = (folder, settings, ownsFolder, configureServices, fromTemplate);
    }

    /// <summary>The PostgreSQL server of cluster mode (COST_TEST_POSTGRES), null on SQLite.</summary>
    internal static string? Postgres => Environment.GetEnvironmentVariable("COST_TEST_POSTGRES");

    public string DatabasePath => DatabasePathOf(_folder);

    /// <summary>The SQLite file of a store folder.</summary>
    internal static string DatabasePathOf(string folder) => Path.Combine(folder, "cost.db");

    /// <summary>The PostgreSQL database of this store folder (the same folder is the same database across restarts).</summary>
    private string DatabaseName => DatabaseNameOf(_folder);

    /// <summary>The PostgreSQL database of a store folder.</summary>
    internal static string DatabaseNameOf(string folder) => "cost_" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(folder)))[..16];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        if (_fromTemplate)
        {
            SeededTemplate.CopyTo(_folder, DatabaseName);
        }

        if (Postgres is { } server)
        {
            CreateDatabase(server, DatabaseName);
            builder.UseSetting("Cost:Mode", "cluster");
            builder.UseSetting("ConnectionStrings:Cost", $"{server};Database={DatabaseName}");
            builder.UseSetting("ConnectionStrings:Redis", Environment.GetEnvironmentVariable("COST_TEST_REDIS") ?? "127.0.0.1:6379");
            builder.UseSetting("Orleans:ClusterId", DatabaseName + "-" + Guid.NewGuid().ToString("N")[..8]);
        }
        else
        {
            builder.UseSetting("ConnectionStrings:Cost", $"Data Source={DatabasePath}");
        }

        // The shared suite makes thousands of calls a minute as a few accounts from one address: no per-minute budget
        // here (RequestLimitsTests runs its own system with small ones).
        builder.UseSetting("Limits:AnonymousPerMinute", "100000000");
        builder.UseSetting("Limits:AccountPerMinute", "100000000");
        builder.UseSetting("Orleans:SiloPort", FreePort().ToString(CultureInfo.InvariantCulture));
        builder.UseSetting("Orleans:GatewayPort", FreePort().ToString(CultureInfo.InvariantCulture));
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        if (_configureServices is not null)
        {
            builder.ConfigureTestServices(_configureServices);
        }
    }

    internal static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Creates database <paramref name="name"/> on the PostgreSQL <paramref name="server"/> unless it is there already, as a copy of <paramref name="template"/> when given.</summary>
    internal static void CreateDatabase(string server, string name, string? template = null)
    {
        using var connection = new NpgsqlConnection($"{server};Database=postgres;Pooling=false");
        connection.Open();
        if (connection.ExecuteScalar<int>("SELECT count(*) FROM pg_database WHERE datname = @name", new { name }) == 0)
        {
            connection.Execute(template is null ? $"CREATE DATABASE {name}" : $"CREATE DATABASE {name} TEMPLATE {template}");
        }
    }

    private void DropDatabase(string server)
    {
        NpgsqlConnection.ClearAllPools();
        using var connection = new NpgsqlConnection($"{server};Database=postgres");
        connection.Open();
        connection.Execute($"DROP DATABASE IF EXISTS {DatabaseName} WITH (FORCE)");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && _ownsFolder && Postgres is { } server)
        {
            DropDatabase(server);
        }

        if (disposing && _ownsFolder)
        {
            try
            {
                Directory.Delete(_folder, recursive: true);
            }
            catch (IOException)
            {
                // SQLite may still hold the file for a moment; the OS cleans temp folders.
            }
        }
    }
}

[CollectionDefinition(Name)]
public sealed class WebSuite : ICollectionFixture<CostWebFactory>
{
    public const string Name = "web";
}
