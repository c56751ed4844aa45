using System.Text.RegularExpressions;

namespace Cost.Tests.Web;

/// <summary>
/// Security headers on every answer — pages, static files, the JSON API, errors — and pages that the
/// Content-Security-Policy allows as they are: no inline script, style or event handler
/// (OWASP HTTP Headers Cheat Sheet; Content Security Policy Cheat Sheet).
/// </summary>
[Collection(WebSuite.Name)]
public sealed partial class SecurityHeadersTests(CostWebFactory factory)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/login")]
    [InlineData("/css/site.css")]
    [InlineData("/js/site.js")]
    [InlineData("/api/public/resources?q=钢筋")]
    [InlineData("/api/projects")]
    [InlineData("/projects")]
    [InlineData("/no-such-page")]
    [InlineData("/exchange/v1/ceiling-prices")]
    public async Task Every_answer_carries_the_security_headers(string path)
    {
        var response = await Client().GetAsync(path);

        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.Equal("same-origin", Header(response, "Referrer-Policy"));
        var policy = Header(response, "Content-Security-Policy");
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe", policy, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_the_api_reference_may_run_its_inline_start_up_script()
    {
        var response = await Client().GetAsync("/api-docs/");

        Assert.Contains("script-src 'self' 'unsafe-inline'", Header(response, "Content-Security-Policy"), StringComparison.Ordinal);
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/prices")]
    [InlineData("/prices/history?region=610100&code=01010201&spec=HRB400E%20%CE%A612")]
    [InlineData("/prices/review")]
    [InlineData("/prices/upload")]
    [InlineData("/indices")]
    [InlineData("/indices/steel")]
    [InlineData("/indices/adjustment")]
    [InlineData("/indicators")]
    [InlineData("/firms")]
    [InlineData("/firms/91610113MA6W8K3Q77")]
    [InlineData("/credit")]
    [InlineData("/credit/appeals")]
    [InlineData("/projects")]
    [InlineData("/projects/XA-2026-0001")]
    [InlineData("/exchange/deliveries")]
    [InlineData("/audit")]
    [InlineData("/login")]
    [InlineData("/forbidden")]
    public async Task Pages_have_no_inline_script_style_or_event_handler(string path)
    {
        var browser = await BrowserSession.SignedInAsync(factory, "bureau", "bureau-demo");

        var html = await (await browser.GetAsync(path)).Content.ReadAsStringAsync();

        Assert.Contains("<main>", html, StringComparison.Ordinal);
        Assert.Empty(InlineScript().Matches(html));
        Assert.Empty(InlineStyle().Matches(html));
        Assert.Empty(EventHandler().Matches(html));
    }

    private HttpClient Client() => factory.CreateClient(new() { AllowAutoRedirect = false });

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : "";

    [GeneratedRegex("<script(?![^>]*\\bsrc=)[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();

    [GeneratedRegex("<style\\b|\\sstyle=", RegexOptions.IgnoreCase)]
    private static partial Regex InlineStyle();

    [GeneratedRegex("\\son[a-z]+=", RegexOptions.IgnoreCase)]
    private static partial Regex EventHandler();
}
