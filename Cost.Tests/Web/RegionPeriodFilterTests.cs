using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Cost.Tests.Web;

/// <summary>Every price route with a {region} and {period} refuses an unknown region or a malformed month the same way, before its handler runs.</summary>
[Collection(WebSuite.Name)]
public sealed class RegionPeriodFilterTests(CostWebFactory factory)
{
    [Theory]
    [InlineData("/api/public/info-prices/999999/2026-10", "region")]
    [InlineData("/api/public/info-prices/610104/2026-13", "period")]
    [InlineData("/api/public/info-prices/610104/202610/revisions", "period")]
    [InlineData("/api/public/info-prices/999999/2026-10/prices.xlsx", "region")]
    [InlineData("/api/public/info-prices/610104/26-10/bulletin.pdf", "period")]
    public async Task A_public_price_route_names_the_bad_field(string path, string field)
    {
        var response = await factory.CreateClient().GetAsync(path);

        await AssertRefusedAsync(response, field);
    }

    [Fact]
    public async Task The_bureau_period_routes_name_the_bad_field()
    {
        var bureau = await factory.BureauAsync();

        await AssertRefusedAsync(await bureau.GetAsync("/api/price-periods/999999/2026-10"), "region");
        await AssertRefusedAsync(await bureau.PostAsync("/api/price-periods/610104/2026-1/close", null), "period");
        await AssertRefusedAsync(await bureau.PostAsync("/api/price-periods/999999/2026-10/publish", null), "region");
    }

    [Fact]
    public async Task A_known_month_not_yet_published_is_404()
    {
        var response = await factory.CreateClient().GetAsync("/api/public/info-prices/610104/2099-01");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.EndsWith("信息价尚未发布。", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    private static async Task AssertRefusedAsync(HttpResponseMessage response, string field)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("地区或月份有误。", problem.GetProperty("detail").GetString());
        Assert.Equal(field, problem.GetProperty("errors")[0].GetProperty("field").GetString());
    }
}
