using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Cost.Tests.Web;

/// <summary>
/// A second web front (own temporary store) whose configuration has a platform client "hook" with a
/// PushUrl on a <see cref="NoticeListener"/>, a rotated secret, and a client "limited" with a rate
/// limit of 3 requests a minute. The dispatcher's own rounds are an hour apart: tests run rounds
/// themselves with PushDispatcher.DispatchDueAsync.
/// </summary>
public sealed class ExchangePushFactory : WebApplicationFactory<Program>
{
    public const string HookSecret = "hook-secret-2026";
    private readonly string _folder = Directory.CreateTempSubdirectory("cost-push-").FullName;

    public NoticeListener Listener { get; } = new(HookSecret);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("ConnectionStrings:Cost", $"Data Source={Path.Combine(_folder, "cost.db")}");
        builder.UseSetting("Orleans:SiloPort", FreePort());
        builder.UseSetting("Orleans:GatewayPort", FreePort());
        builder.UseSetting("Exchange:PushIntervalSeconds", "3600");
        builder.UseSetting("Exchange:Clients:hook:Secret", HookSecret);
        builder.UseSetting("Exchange:Clients:hook:PreviousSecret", "hook-secret-2025");
        builder.UseSetting("Exchange:Clients:hook:PushUrl", new Uri(Listener.Url, "?source=cost").ToString());
        builder.UseSetting("Exchange:Clients:limited:Secret", "limited-secret");
        builder.UseSetting("Exchange:Clients:limited:RateLimit", "3");
    }

    private static string FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port.ToString(CultureInfo.InvariantCulture);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Listener.Dispose();
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
