using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Cost.Tests.Web;

/// <summary>
/// The whole web front with its co-hosted silo on a temporary SQLite store and free ports, seeded
/// from data/ as a fresh install is. One instance is shared by the web test classes.
/// </summary>
public class CostWebFactory : WebApplicationFactory<Program>
{
    private readonly string _folder;
    private readonly IReadOnlyDictionary<string, string> _settings;
    private readonly bool _ownsFolder;

    public CostWebFactory()
        : this(Directory.CreateTempSubdirectory("cost-tests-").FullName, new Dictionary<string, string>(), ownsFolder: true)
    {
    }

    /// <summary>A factory over an existing store folder (to restart the system on the same store) with extra settings.</summary>
    internal CostWebFactory(string folder, IReadOnlyDictionary<string, string> settings, bool ownsFolder = false)
    {
        (_folder, _settings, _ownsFolder) = (folder, settings, ownsFolder);
    }

    public string DatabasePath => Path.Combine(_folder, "cost.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("ConnectionStrings:Cost", $"Data Source={DatabasePath}");
        builder.UseSetting("Orleans:SiloPort", FreePort().ToString(CultureInfo.InvariantCulture));
        builder.UseSetting("Orleans:GatewayPort", FreePort().ToString(CultureInfo.InvariantCulture));
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }

    internal static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
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
