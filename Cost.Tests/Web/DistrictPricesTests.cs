using System.Net;

namespace Cost.Tests.Web;

/// <summary>
/// Districts publish their own prices for what is bought locally; for the rest a district's list shows the
/// city's price, marked, and a district that published nothing shows the city's list, marked: never a 404
/// for a month the city published.
/// </summary>
[Collection(WebSuite.Name)]
public sealed class DistrictPricesTests(CostWebFactory factory)
{
    private const string Month = "2026-10";

    [Fact]
    public async Task A_sample_district_shows_its_own_local_prices_and_the_citys_for_the_rest_marked()
    {
        var client = factory.CreateClient();
        var district = await (await client.GetAsync($"/api/public/info-prices/610113/{Month}")).JsonAsync();
        var city = await (await client.GetAsync($"/api/public/info-prices/610100/{Month}")).JsonAsync();

        var items = district.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(city.GetProperty("total").GetInt32(), district.GetProperty("total").GetInt32());
        Assert.True(district.GetProperty("revision").GetInt32() >= 1);
        var own = items.Where(i => !i.TryGetProperty("fromRegion", out _)).ToList();
        Assert.Contains(own, i => i.GetProperty("category").GetString() == "商品混凝土");
        Assert.DoesNotContain(own, i => i.GetProperty("category").GetString() == "钢材");
        var rebar = items.First(i => i.GetProperty("resourceCode").GetString() == "01010201");
        Assert.Equal("610100", rebar.GetProperty("fromRegion").GetString());
        var cityRebar = city.GetProperty("items").EnumerateArray().First(i => i.GetProperty("resourceCode").GetString() == "01010201"
            && i.GetProperty("spec").GetString() == rebar.GetProperty("spec").GetString());
        Assert.Equal(cityRebar.GetProperty("priceInclTax").GetDecimal(), rebar.GetProperty("priceInclTax").GetDecimal());

        var page = await client.GetStringAsync(new Uri($"/prices?region=610113&period={Month}", UriKind.Relative));
        Assert.Contains("沿用市区价", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/public/info-prices/610113/{Month}/prices.xlsx")).StatusCode);
    }

    [Fact]
    public async Task A_district_that_published_nothing_shows_the_citys_list_marked_instead_of_404()
    {
        var body = await (await factory.CreateClient().GetAsync($"/api/public/info-prices/610114/{Month}")).JsonAsync();

        Assert.Equal(0, body.GetProperty("revision").GetInt32());
        Assert.All(body.GetProperty("items").EnumerateArray(), i => Assert.Equal("610100", i.GetProperty("fromRegion").GetString()));
    }
}
