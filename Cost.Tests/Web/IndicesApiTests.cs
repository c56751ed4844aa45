using System.Net;
using System.Net.Http.Json;

namespace Cost.Tests.Web;

/// <summary>
/// Indices after a fresh start: the 24 sample months were published through the period grains, so
/// each month's indices exist; the public API, the signed exchange endpoint, the downloads and the
/// price adjustment calculator read them.
/// </summary>
[Collection(WebSuite.Name)]
public sealed class IndicesApiTests(CostWebFactory factory)
{
    private readonly PlatformSigner _platform = new();

    [Fact]
    public async Task The_last_sample_month_has_fixed_base_chained_and_year_on_year_values()
    {
        var response = await factory.CreateClient().GetAsync(new Uri("/api/public/indices/2026-10", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.JsonAsync();
        Assert.Equal("2024-11", body.GetProperty("basePeriod").GetString());
        var items = body.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(23, items.Count);
        Assert.Equal(["discipline-building", "discipline-installation", "discipline-municipal"],
            items.Select(i => i.GetProperty("indexCode").GetString()!).Where(c => c.StartsWith("discipline-", StringComparison.Ordinal)));
        Assert.True(items.Sum(i => i.GetProperty("carried").GetInt32()) > 0);
        Assert.All(items, i =>
        {
            Assert.True(i.GetProperty("fixedBase").GetDecimal() > 0);
            Assert.True(i.GetProperty("chained").GetDecimal() > 0);
            Assert.True(i.GetProperty("yearOnYear").GetDecimal() > 0);
        });
        var school = items.Single(i => i.GetProperty("indexCode").GetString() == "school");
        var contributions = school.GetProperty("contributions").EnumerateArray().ToList();
        Assert.Equal(10, contributions.Count);
        var change = school.GetProperty("chained").GetDecimal() - 100;
        Assert.InRange(contributions.Sum(c => c.GetProperty("points").GetDecimal()) - change, -0.06m, 0.06m);
    }

    [Fact]
    public async Task The_base_month_is_100_for_every_index()
    {
        var body = await (await factory.CreateClient().GetAsync(new Uri("/api/public/indices/2024-11", UriKind.Relative))).JsonAsync();
        Assert.All(body.GetProperty("items").EnumerateArray(), i => Assert.Equal(100m, i.GetProperty("fixedBase").GetDecimal()));
    }

    [Theory]
    [InlineData("/api/public/indices/2030-01", HttpStatusCode.NotFound)]
    [InlineData("/api/public/indices/2024-10", HttpStatusCode.NotFound)]
    [InlineData("/api/public/indices/2026-13", HttpStatusCode.BadRequest)]
    public async Task A_month_without_indices_is_404_and_a_bad_month_400(string path, HttpStatusCode status) =>
        Assert.Equal(status, (await factory.CreateClient().GetAsync(new Uri(path, UriKind.Relative))).StatusCode);

    [Fact]
    public async Task The_exchange_serves_the_month_signed()
    {
        var response = await factory.CreateClient().SendAsync(_platform.Get("/exchange/v1/indices/2026-10"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.JsonAsync();
        Assert.Equal("2026-10", body.GetProperty("period").GetString());
        Assert.Equal("2024-11", body.GetProperty("basePeriod").GetString());
        var first = body.GetProperty("items").EnumerateArray().First();
        Assert.False(string.IsNullOrEmpty(first.GetProperty("name").GetString()));
        Assert.True(first.GetProperty("fixedBase").GetDecimal() > 0);
        Assert.True(first.GetProperty("chained").GetDecimal() > 0);
    }

    [Fact]
    public async Task The_exchange_refuses_an_unsigned_request() =>
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateClient().GetAsync(new Uri("/exchange/v1/indices/2026-10", UriKind.Relative))).StatusCode);

    [Fact]
    public async Task The_workbook_downloads()
    {
        var response = await factory.CreateClient().GetAsync(new Uri("/api/public/indices/2026-10/indices.xlsx", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True((await response.Content.ReadAsByteArrayAsync()).Length > 1000);
    }

    [Fact]
    public async Task A_corrected_month_recomputes_its_indices_and_the_next_months_chained_value()
    {
        var client = factory.CreateClient();
        async Task<(decimal FixedBase, decimal Chained)> SteelAsync(string period)
        {
            var body = await (await client.GetAsync(new Uri($"/api/public/indices/{period}", UriKind.Relative))).JsonAsync();
            var steel = body.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("indexCode").GetString() == "steel");
            return (steel.GetProperty("fixedBase").GetDecimal(), steel.GetProperty("chained").GetDecimal());
        }

        var (before, _) = await SteelAsync("2025-06");
        var (nextFixed, nextChained) = await SteelAsync("2025-07");
        var bureau = await factory.BureauAsync();
        var overridden = await bureau.PostAsJsonAsync("/api/price-periods/610100/2025-06/overrides",
            new { resourceCode = "01010201", spec = "HRB400E Φ12", priceInclTax = 99_999m, reason = "测试更正" });
        Assert.Equal(HttpStatusCode.OK, overridden.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await bureau.PostAsync(new Uri("/api/price-periods/610100/2025-06/publish", UriKind.Relative), null)).StatusCode);

        var (after, _) = await SteelAsync("2025-06");
        var (nextFixedAfter, nextChainedAfter) = await SteelAsync("2025-07");
        Assert.True(after > before);
        Assert.Equal(nextFixed, nextFixedAfter);
        Assert.True(nextChainedAfter < nextChained);
    }

    [Fact]
    public async Task The_pdf_bulletin_downloads_or_names_the_missing_font()
    {
        var response = await factory.CreateClient().GetAsync(new Uri("/api/public/indices/2026-10/bulletin.pdf", UriKind.Relative));
        Assert.Contains(response.StatusCode, new[] { HttpStatusCode.OK, HttpStatusCode.ServiceUnavailable });
        if (response.StatusCode == HttpStatusCode.OK)
        {
            Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        }
    }

    [Fact]
    public async Task Price_adjustment_takes_the_published_indices()
    {
        var response = await factory.CreateClient().PostAsJsonAsync("/api/indices/price-adjustment", new
        {
            amount = 1_000_000m, fixedWeight = 0.2m, basePeriod = "2025-01", currentPeriod = "2026-10",
            factors = new[] { new { indexCode = "labour", weight = 0.3m }, new { indexCode = "steel", weight = 0.5m } },
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.JsonAsync();
        var factors = body.GetProperty("factors").EnumerateArray().ToList();
        var bracket = 0.2m + factors.Sum(f => f.GetProperty("weight").GetDecimal() * f.GetProperty("currentIndex").GetDecimal() / f.GetProperty("baseIndex").GetDecimal());
        Assert.Equal(Math.Round(1_000_000m * (bracket - 1), 2, MidpointRounding.AwayFromZero), body.GetProperty("adjustment").GetDecimal());
    }

    [Fact]
    public async Task Price_adjustment_names_weights_that_do_not_add_up_and_unpublished_months()
    {
        var client = factory.CreateClient();
        var weights = await client.PostAsJsonAsync("/api/indices/price-adjustment", new
        {
            amount = 1000m, fixedWeight = 0.2m, basePeriod = "2025-01", currentPeriod = "2026-10", factors = new[] { new { indexCode = "steel", weight = 0.5m } },
        });
        Assert.Equal(HttpStatusCode.BadRequest, weights.StatusCode);
        Assert.Contains("应等于 1", await weights.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var unpublished = await client.PostAsJsonAsync("/api/indices/price-adjustment", new
        {
            amount = 1000m, fixedWeight = 0.5m, basePeriod = "2025-01", currentPeriod = "2031-01", factors = new[] { new { indexCode = "steel", weight = 0.5m } },
        });
        Assert.Equal(HttpStatusCode.BadRequest, unpublished.StatusCode);
        Assert.Contains("尚未发布", await unpublished.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var many = await client.PostAsJsonAsync("/api/indices/price-adjustment", new
        {
            amount = 1000m, fixedWeight = 0m, basePeriod = "2025-01", currentPeriod = "2026-10",
            factors = Enumerable.Range(0, 51).Select(_ => new { indexCode = "steel", weight = 1m / 51 }).ToArray(),
        });
        Assert.Equal(HttpStatusCode.BadRequest, many.StatusCode);
        var problem = Assert.Single((await many.JsonAsync()).GetProperty("errors").EnumerateArray());
        Assert.Equal(("factors", "可调因子最多 50 项，收到 51 项。"), (problem.GetProperty("field").GetString(), problem.GetProperty("message").GetString()));
    }

    [Theory]
    [InlineData("/indices", "各要素对综合指数环比变动的贡献")]
    [InlineData("/indices?period=2026-10", "学校建筑工程造价指数")]
    [InlineData("/indices/steel", "MAPE")]
    [InlineData("/indices/school", "stroke-dasharray")]
    [InlineData("/indices/adjustment", "价格调整差额 ΔP")]
    [InlineData("/indices/information-adjustment", "调差合计")]
    [InlineData("/indices/information-adjustment?region=610113&codes=01010201&specs=HRB400E%20%CE%A612&quantities=10&basePrices=3000&periods=2026-10", "沿用市区价")]
    public async Task The_pages_show_real_numbers(string path, string expected)
    {
        var response = await factory.CreateClient().GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(expected, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
