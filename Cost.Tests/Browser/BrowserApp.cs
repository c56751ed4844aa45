using Cost.Tests.Web;
using Microsoft.Playwright;

namespace Cost.Tests.Browser;

/// <summary>
/// The whole system on a real port (Kestrel) over a fresh seeded store, and Debian's chromium
/// driven by Playwright. One per screen size, so that the journeys of each size start from the
/// same fresh state.
/// </summary>
public abstract class BrowserApp : IAsyncLifetime, IDisposable
{
    private readonly CostWebFactory _factory = new();
    private IPlaywright? _playwright;

    protected BrowserApp(string size, int width, int height, bool mobile)
    {
        (Size, Viewport, IsMobile) = (size, new ViewportSize { Width = width, Height = height }, mobile);
    }

    public string Size { get; }

    public ViewportSize Viewport { get; }

    public bool IsMobile { get; }

    public Uri BaseAddress { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public CostWebFactory Factory => _factory;

    public async Task InitializeAsync()
    {
        var port = CostWebFactory.FreePort();
        _factory.UseKestrel(port);
        _factory.StartServer();
        BaseAddress = new Uri($"http://127.0.0.1:{port}");
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium(),
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync"],
        });
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright?.Dispose();
    }

    public void Dispose()
    {
        _factory.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>Debian's chromium as found on the PATH (./test.sh installs it).</summary>
    private static string Chromium() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':')
            .Select(dir => Path.Combine(dir, "chromium"))
            .FirstOrDefault(File.Exists)
        ?? throw new InvalidOperationException("找不到 chromium：请安装 Debian 软件包 chromium（./test.sh 会自动安装）。");
}

public sealed class DesktopApp() : BrowserApp("desktop", 1366, 800, mobile: false);

public sealed class PhoneApp() : BrowserApp("phone", 390, 844, mobile: true);
