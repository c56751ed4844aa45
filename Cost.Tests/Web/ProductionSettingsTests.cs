using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Cost.Tests.Web;

/// <summary>
/// Outside Development (OWASP Top 10 A05:2021, security misconfiguration): no start without a signing
/// key from configuration, no demo accounts or demo exchange client, HTTPS only, with HSTS.
/// </summary>
[Trait("Store", "sqlite")] // the web front's configuration, the same on either store
public sealed class ProductionSettingsTests
{
    private const string Key = "a-production-signing-key-of-forty-chars!";

    [Fact]
    public void The_app_refuses_to_start_without_a_signing_key()
    {
        using var factory = Production(new() { ["environment"] = "Production" });

        var refusal = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("Auth:SigningKey", refusal.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task There_are_no_demo_accounts_and_every_answer_is_https_with_hsts()
    {
        using var factory = Production(new() { ["environment"] = "Production", ["Auth:SigningKey"] = Key, ["https_port"] = "443" });
        var http = factory.CreateClient(new() { BaseAddress = new Uri("http://cost.example"), AllowAutoRedirect = false });
        var https = factory.CreateClient(new() { BaseAddress = new Uri("https://cost.example"), AllowAutoRedirect = false });

        var redirect = await http.GetAsync("/prices");
        var login = await https.GetAsync("/login");
        var token = await https.PostAsJsonAsync("/api/auth/token", new { userName = "consultant", password = "consultant-demo" });
        var exchange = await https.SendAsync(new PlatformSigner().Get("/exchange/v1/ceiling-prices"));

        Assert.Equal(HttpStatusCode.TemporaryRedirect, redirect.StatusCode);
        Assert.Equal(new Uri("https://cost.example/prices"), redirect.Headers.Location);
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        Assert.Contains("max-age=31536000", string.Join(",", login.Headers.GetValues("Strict-Transport-Security")), StringComparison.Ordinal);
        Assert.DoesNotContain("演示账号", await login.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, token.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, exchange.StatusCode);
        Assert.Equal("unknown-client", (await exchange.JsonAsync()).GetProperty("check").GetString());
    }

    [Fact]
    public async Task Behind_a_proxy_that_ends_tls_redirects_cookies_and_hsts_follow_the_forwarded_scheme_and_host_from_trusted_proxies_only()
    {
        using var factory = Production(new() { ["environment"] = "Production", ["Auth:SigningKey"] = Key, ["https_port"] = "443",
            ["Proxy:KnownProxies"] = "10.0.0.5" }, services => services.AddTransient<IStartupFilter, TcpPeerFromHeader>());
        var http = factory.CreateClient(new() { BaseAddress = new Uri("http://10.0.0.9:8080"), AllowAutoRedirect = false });

        HttpRequestMessage Via(string peer, string path)
        {
            var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.Add(TcpPeerFromHeader.Header, peer);
            request.Headers.Add("X-Forwarded-For", "198.51.100.7");
            request.Headers.Add("X-Forwarded-Proto", "https");
            request.Headers.Add("X-Forwarded-Host", "cost.example");
            return request;
        }

        var login = await http.SendAsync(Via("10.0.0.5", "/login"));
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        Assert.Contains("max-age=31536000", string.Join(",", login.Headers.GetValues("Strict-Transport-Security")), StringComparison.Ordinal);
        var cookies = login.Headers.GetValues("Set-Cookie").ToList();
        Assert.NotEmpty(cookies);
        Assert.All(cookies, cookie => Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase));
        var signIn = await http.SendAsync(Via("10.0.0.5", "/projects"));
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.StartsWith("https://cost.example/login", signIn.Headers.Location?.ToString(), StringComparison.Ordinal);

        // The same headers from anyone else are not believed: plain HTTP to this host, sent to HTTPS on it.
        var stranger = await http.SendAsync(Via("203.0.113.9", "/login"));
        Assert.Equal(HttpStatusCode.TemporaryRedirect, stranger.StatusCode);
        Assert.Equal(new Uri("https://10.0.0.9/login"), stranger.Headers.Location);
    }

    private static CostWebFactory Production(Dictionary<string, string> settings, Action<IServiceCollection>? services = null) =>
        new(Directory.CreateTempSubdirectory("cost-production-").FullName, settings, ownsFolder: true, services);

    /// <summary>The test server has no TCP peer: this stands in for the address a connection would come from.</summary>
    private sealed class TcpPeerFromHeader : IStartupFilter
    {
        public const string Header = "X-Test-Tcp-Peer";

        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((http, following) =>
            {
                if (http.Request.Headers.TryGetValue(Header, out var peer))
                {
                    http.Connection.RemoteIpAddress = IPAddress.Parse(peer.ToString());
                }

                return following(http);
            });
            next(app);
        };
    }
}
