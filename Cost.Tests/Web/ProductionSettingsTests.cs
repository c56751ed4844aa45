using System.Net;
using System.Net.Http.Json;

namespace Cost.Tests.Web;

/// <summary>
/// Outside Development (OWASP Top 10 A05:2021, security misconfiguration): no start without a signing
/// key from configuration, no demo accounts or demo exchange client, HTTPS only, with HSTS.
/// </summary>
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

    private static CostWebFactory Production(Dictionary<string, string> settings) =>
        new(Directory.CreateTempSubdirectory("cost-production-").FullName, settings, ownsFolder: true);
}
