using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Cost.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace Cost.Benchmarks;

/// <summary>The whole system on Kestrel in this process, on a temporary SQLite store, for the load modes.</summary>
public sealed class InProcessSystem : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly string _folder;

    private InProcessSystem(WebApplication app, string folder, Uri address) => (_app, _folder, Address) = (app, folder, address);

    public Uri Address { get; }

    /// <summary>Starts the system in Development with <paramref name="settings"/> on top of its configuration.</summary>
    public static async Task<InProcessSystem> StartAsync(IReadOnlyDictionary<string, string> settings)
    {
        var folder = Directory.CreateTempSubdirectory("cost-load-").FullName;
        var port = FreePort();
        var builder = WebApplication.CreateBuilder(["--environment", "Development"]);
        builder.Configuration["ConnectionStrings:Cost"] = $"Data Source={Path.Combine(folder, "cost.db")}";
        builder.Configuration["Orleans:SiloPort"] = FreePort().ToString(CultureInfo.InvariantCulture);
        builder.Configuration["Orleans:GatewayPort"] = FreePort().ToString(CultureInfo.InvariantCulture);
        foreach (var (key, value) in settings)
        {
            builder.Configuration[key] = value;
        }

        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.AddCostWeb();
        var app = builder.Build();
        app.UseCostWeb();
        await app.StartAsync();
        return new InProcessSystem(app, folder, new Uri($"http://127.0.0.1:{port}"));
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // the OS cleans temp folders
        }
    }
}
