using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Cost.Tests.Web;

/// <summary>
/// POST /api/indices/information-adjustment over the sample months: the information price is the published
/// tax-exclusive price of the period, a district without its own price takes the city's, and bad items are 400s
/// naming the field.
/// </summary>
[Collection(WebSuite.Name)]
public sealed class InformationAdjustmentApiTests(CostWebFactory factory)
{
    private async Task<decimal> PublishedExclusiveAsync(string code, string spec, string period)
    {
        var body = await (await factory.CreateClient().GetAsync(new Uri($"/api/public/info-prices/610100/{period}", UriKind.Relative))).JsonAsync();
        return body.GetProperty("items").EnumerateArray()
            .First(i => i.GetProperty("resourceCode").GetString() == code && i.GetProperty("spec").GetString() == spec)
            .GetProperty("priceExclTax").GetDecimal();
    }

    [Fact]
    public async Task A_rebar_rise_beyond_five_percent_is_adjusted_above_the_limit_and_a_small_move_is_not()
    {
        var price = await PublishedExclusiveAsync("01010201", "HRB400E Φ12", "2026-10");
        var lowBase = Math.Round(price / 1.2m, 2);   // the price is 20 % above this base → adjusted
        var nearBase = Math.Round(price / 1.02m, 2); // 2 % above → within the band

        var response = await factory.CreateClient().PostAsJsonAsync("/api/indices/information-adjustment", new
        {
            region = "610100",
            items = new object[]
            {
                new { resourceCode = "01010201", spec = "HRB400E Φ12", quantity = 120.5m, basePrice = lowBase, period = "2026-10" },
                new { resourceCode = "01010201", spec = "HRB400E Φ12", quantity = 80m, basePrice = nearBase, period = "2026-10" },
            },
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.JsonAsync();
        var items = body.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(price, items[0].GetProperty("informationPrice").GetDecimal());
        Assert.Equal(5m, items[0].GetProperty("band").GetDecimal());
        var expected = Math.Round(120.5m * (price - (lowBase * 1.05m)), 2, MidpointRounding.AwayFromZero);
        Assert.Equal(expected, items[0].GetProperty("adjustment").GetDecimal());
        Assert.Equal(0m, items[1].GetProperty("adjustment").GetDecimal());
        Assert.Equal(expected, body.GetProperty("total").GetDecimal());
    }

    [Fact]
    public async Task The_README_example_answers_as_written()
    {
        // Rebar rises from the bid 3,300 (higher than the base 3,200): 3,708.35 − 3,465 = 243.35 × 120 = 29,202.00.
        // Cement falls from its base 480 at an agreed ±3 %: 386.43 − 465.60 = −79.17 × 300 = −23,751.00.
        var response = await factory.CreateClient().PostAsJsonAsync("/api/indices/information-adjustment", new
        {
            region = "610100",
            items = new object[]
            {
                new { resourceCode = "01010201", spec = "HRB400E Φ12", quantity = 120m, basePrice = 3200m, bidPrice = 3300m, period = "2026-10" },
                new { resourceCode = "04010101", spec = "P.O 42.5 散装", quantity = 300m, basePrice = 480m, riskPercent = 3m, period = "2026-10" },
            },
        });

        var body = await response.JsonAsync();
        var items = body.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal([3708.35m, 386.43m], items.Select(i => i.GetProperty("informationPrice").GetDecimal()));
        Assert.Equal([3465m, 494.4m], items.Select(i => i.GetProperty("upperLimit").GetDecimal()));
        Assert.Equal([29_202m, -23_751m], items.Select(i => i.GetProperty("adjustment").GetDecimal()));
        Assert.Equal(5_451m, body.GetProperty("total").GetDecimal());
    }

    [Fact]
    public async Task A_district_without_its_own_price_takes_the_city_price_and_says_so()
    {
        var price = await PublishedExclusiveAsync("01010201", "HRB400E Φ12", "2026-10");

        var response = await factory.CreateClient().PostAsJsonAsync("/api/indices/information-adjustment", new
        {
            region = "610122",
            items = new[] { new { resourceCode = "01010201", spec = "HRB400E Φ12", quantity = 10m, basePrice = price, period = "2026-10" } },
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var item = (await response.JsonAsync()).GetProperty("items")[0];
        Assert.Equal(price, item.GetProperty("informationPrice").GetDecimal());
        Assert.Equal("610100", item.GetProperty("priceRegion").GetString());
        Assert.True(item.GetProperty("cityPrice").GetBoolean());
    }

    [Theory]
    [InlineData("""{ "items": [] }""", "items")]
    [InlineData("""{ "region": "999999", "items": [ { "resourceCode": "01010201" } ] }""", "region")]
    [InlineData("""{ "items": [ { "resourceCode": "99999999", "quantity": 1, "basePrice": 1, "period": "2026-10" } ] }""", "items[0].resourceCode")]
    [InlineData("""{ "items": [ { "resourceCode": "01010201", "quantity": 1, "basePrice": 1, "period": "2026-10" } ] }""", "items[0].spec")]
    [InlineData("""{ "items": [ { "resourceCode": "00010101", "quantity": 1, "basePrice": 1, "period": "2026-10" } ] }""", "items[0].resourceCode")]
    [InlineData("""{ "items": [ { "resourceCode": "01010201", "spec": "HRB400E Φ12", "basePrice": 1, "period": "2026-10" } ] }""", "items[0].quantity")]
    [InlineData("""{ "items": [ { "resourceCode": "01010201", "spec": "HRB400E Φ12", "quantity": 1, "period": "2026-10" } ] }""", "items[0].basePrice")]
    [InlineData("""{ "items": [ { "resourceCode": "01010201", "spec": "HRB400E Φ12", "quantity": 1, "basePrice": 1, "riskPercent": -1, "period": "2026-10" } ] }""", "items[0].riskPercent")]
    [InlineData("""{ "items": [ { "resourceCode": "01010201", "spec": "HRB400E Φ12", "quantity": 1, "basePrice": 1, "period": "2026-13" } ] }""", "items[0].period")]
    [InlineData("""{ "items": [ { "resourceCode": "01010201", "spec": "HRB400E Φ12", "quantity": 1, "basePrice": 1, "period": "2031-01" } ] }""", "items[0].period")]
    public async Task A_bad_item_is_a_400_naming_the_field(string json, string field)
    {
        using var content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
        var response = await factory.CreateClient().PostAsync(new Uri("/api/indices/information-adjustment", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains(JsonSerializer.Serialize(field), text, StringComparison.Ordinal);
    }
}
