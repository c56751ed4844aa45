using System.Net;
using System.Text.Json;

namespace Cost.Tests.Web;

[Collection(WebSuite.Name)]
public sealed class ExchangeApiTests(CostWebFactory factory)
{
    private const string SampleTender = "XA-2026-0001";
    private static readonly string[] UnitParts = ["measuredWorks", "measures", "otherItems", "statutoryFees", "tax"];
    private readonly PlatformSigner _platform = new();

    [Fact]
    public async Task A_signed_request_reads_the_filed_sample_ceiling_price()
    {
        var response = await factory.CreateClient().SendAsync(_platform.Get($"/exchange/v1/tenders/{SampleTender}/ceiling-price"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.JsonAsync();
        Assert.Equal(SampleTender, body.GetProperty("tenderCode").GetString());
        Assert.Equal("filed", body.GetProperty("status").GetString());
        Assert.Equal("CNY", body.GetProperty("currency").GetString());
        Assert.EndsWith("+08:00", body.GetProperty("filedAt").GetString());
        var units = body.GetProperty("units").EnumerateArray().ToList();
        Assert.Equal(2, units.Count);
        Assert.Equal(body.GetProperty("total").GetDecimal(), units.Sum(u => u.GetProperty("total").GetDecimal()));
        foreach (var u in units)
        {
            var parts = UnitParts.Sum(p => u.GetProperty(p).GetDecimal());
            Assert.Equal(u.GetProperty("total").GetDecimal(), parts);
        }
    }

    [Fact]
    public async Task The_signed_read_follows_every_change_of_the_tender_as_soon_as_it_is_made()
    {
        // The answer is kept between requests; each step below changes the tender after it was read.
        var client = factory.CreateClient();
        var consultant = await factory.SignedInAsync("consultant", "consultant-demo");
        var bureau = await factory.SignedInAsync("bureau", "bureau-demo");
        var code = await Tenders.RegisterAsync(consultant, "缓存测试学校");
        async Task<HttpResponseMessage> ReadAsync() => await client.SendAsync(_platform.Get($"/exchange/v1/tenders/{code}/ceiling-price"));
        async Task<string?> StatusAsync()
        {
            var response = await ReadAsync();
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType?.ToString());
            return (await response.JsonAsync()).GetProperty("status").GetString();
        }

        Assert.Equal(HttpStatusCode.NotFound, (await ReadAsync()).StatusCode);
        await consultant.UploadAsync(code, Tenders.Sample);
        Assert.Equal(HttpStatusCode.OK, (await consultant.PostAsync($"/api/projects/{code}/submit", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ReadAsync()).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await bureau.PostAsync($"/api/projects/{code}/file", null)).StatusCode);
        Assert.Equal("filed", await StatusAsync());
        Assert.Equal("filed", await StatusAsync());

        Assert.Equal(HttpStatusCode.OK, (await bureau.PostAsync($"/api/projects/{code}/publish", null)).StatusCode);
        Assert.Equal("published", await StatusAsync());
    }

    [Fact]
    public async Task An_unknown_tender_is_404()
    {
        var response = await factory.CreateClient().SendAsync(_platform.Get("/exchange/v1/tenders/NO-SUCH-TENDER/ceiling-price"));
        Assert.Contains("NO-SUCH-TENDER", (await response.ProblemAsync(HttpStatusCode.NotFound, "not-found")).Text("detail"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("X-Client-Id")]
    [InlineData("X-Timestamp")]
    [InlineData("X-Nonce")]
    [InlineData("X-Signature")]
    public async Task A_missing_header_is_401_naming_it(string header)
    {
        var request = _platform.Get($"/exchange/v1/tenders/{SampleTender}/ceiling-price");
        request.Headers.Remove(header);

        var problem = await RefusedAsync(request, "missing-header");
        Assert.Contains(header, problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_wrong_signature_is_401()
    {
        var wrongSecret = new PlatformSigner(secret: "not-the-secret");
        await RefusedAsync(wrongSecret.Get($"/exchange/v1/tenders/{SampleTender}/ceiling-price"), "bad-signature");
    }

    [Fact]
    public async Task A_signature_over_another_path_is_401()
    {
        var request = _platform.Get($"/exchange/v1/tenders/{SampleTender}/ceiling-price");
        request.RequestUri = new Uri("/exchange/v1/ceiling-prices", UriKind.Relative);
        await RefusedAsync(request, "bad-signature");
    }

    [Fact]
    public async Task A_stale_timestamp_is_401()
    {
        var stale = DateTimeOffset.UtcNow.AddSeconds(-301).ToUnixTimeSeconds();
        await RefusedAsync(_platform.Get($"/exchange/v1/tenders/{SampleTender}/ceiling-price", timestamp: stale), "stale-timestamp");
    }

    [Fact]
    public async Task A_replayed_nonce_is_401()
    {
        var client = factory.CreateClient();
        var nonce = "replay-" + Guid.NewGuid().ToString("N");
        var first = await client.SendAsync(_platform.Get($"/exchange/v1/tenders/{SampleTender}/ceiling-price", nonce: nonce));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);

        await RefusedAsync(_platform.Get($"/exchange/v1/tenders/{SampleTender}/ceiling-price", nonce: nonce), "replayed-nonce");
    }

    [Fact]
    public async Task An_unknown_client_is_401()
    {
        var stranger = new PlatformSigner(clientId: "stranger");
        await RefusedAsync(stranger.Get($"/exchange/v1/tenders/{SampleTender}/ceiling-price"), "unknown-client");
    }

    [Fact]
    public async Task A_malformed_nonce_is_401()
    {
        await RefusedAsync(_platform.Get($"/exchange/v1/tenders/{SampleTender}/ceiling-price", nonce: "short"), "bad-nonce");
    }

    [Fact]
    public async Task The_feed_pages_through_filed_versions_and_an_empty_page_keeps_the_cursor()
    {
        var client = factory.CreateClient();
        var seen = new List<string>();
        string? cursor = null;
        for (var page = 0; page < 100; page++)
        {
            var path = cursor is null ? "/exchange/v1/ceiling-prices?limit=1" : $"/exchange/v1/ceiling-prices?after={cursor}&limit=1";
            var body = await (await client.SendAsync(_platform.Get(path))).JsonAsync();
            var items = body.GetProperty("items").EnumerateArray().ToList();
            var next = body.GetProperty("next").GetString()!;
            if (items.Count == 0)
            {
                Assert.Equal(cursor ?? next, next);
                break;
            }

            seen.AddRange(items.Select(i => $"{i.GetProperty("tenderCode").GetString()}#{i.GetProperty("version").GetInt32()}"));
            cursor = next;
        }

        Assert.Contains($"{SampleTender}#1", seen);
        Assert.Equal(seen.Count, seen.Distinct().Count());
    }

    [Theory]
    [InlineData("/exchange/v1/ceiling-prices?limit=0")]
    [InlineData("/exchange/v1/ceiling-prices?limit=501")]
    [InlineData("/exchange/v1/ceiling-prices?after=garbage")]
    public async Task Bad_feed_parameters_are_400(string path)
    {
        var response = await factory.CreateClient().SendAsync(_platform.Get(path));
        await response.ProblemAsync(HttpStatusCode.BadRequest, "validation");
    }

    private async Task<JsonElement> RefusedAsync(HttpRequestMessage request, string check)
    {
        var response = await factory.CreateClient().SendAsync(request);
        var problem = await response.ProblemAsync(HttpStatusCode.Unauthorized, "signature-" + check);
        Assert.Equal(check, problem.GetProperty("check").GetString());
        return problem;
    }
}
