using System.Text.RegularExpressions;

namespace Cost.Tests.Web;

/// <summary>
/// The public price list reads like the printed bulletin: a section per category with its count, each price beside
/// last month's (上期价) and its change coloured (rise red ▲, fall green ▼); a search that finds nothing says so.
/// </summary>
[Collection(WebSuite.Name)]
public sealed partial class PricesPageTests(CostWebFactory factory)
{
    [Fact]
    public async Task The_city_list_has_a_section_per_category_with_last_months_price_and_a_coloured_change()
    {
        var client = factory.CreateClient();
        var month = await (await client.GetAsync("/api/public/info-prices/610100/2026-10?pageSize=1000")).JsonAsync();
        var before = await (await client.GetAsync("/api/public/info-prices/610100/2026-09?pageSize=1000")).JsonAsync();
        var previous = before.GetProperty("items").EnumerateArray().ToDictionary(i => (i.Text("resourceCode"), i.Text("spec")), i => i.GetProperty("priceInclTax").GetDecimal());
        var risen = month.GetProperty("items").EnumerateArray().First(i => previous.TryGetValue((i.Text("resourceCode"), i.Text("spec")), out var was)
            && i.GetProperty("priceInclTax").GetDecimal() > was);

        var page = await client.GetStringAsync(new Uri("/prices?region=610100&period=2026-10", UriKind.Relative));

        Assert.Contains("<th class=\"num\">上期价（元）</th>", page, StringComparison.Ordinal);
        Assert.Contains($"id=\"cat-{risen.Text("category")}\"", page, StringComparison.Ordinal);
        var row = Row().Matches(page).Select(m => m.Value).First(r => r.Contains($">{risen.Text("resourceCode")}<", StringComparison.Ordinal)
            && r.Contains($">{risen.Text("spec")}<", StringComparison.Ordinal));
        Assert.Contains($"{previous[(risen.Text("resourceCode"), risen.Text("spec"))]:#,##0.00}", row, StringComparison.Ordinal);
        Assert.Contains("class=\"num up\"", row, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_search_that_finds_nothing_says_so()
    {
        var page = await factory.CreateClient().GetStringAsync(new Uri("/prices?region=610100&period=2026-10&q=%E4%B8%8D%E5%AD%98%E5%9C%A8%E7%9A%84%E6%9D%90%E6%96%99", UriKind.Relative));
        Assert.Contains("未找到符合条件的信息价（“不存在的材料”）", page, StringComparison.Ordinal);
    }

    [GeneratedRegex("<tr>.*?</tr>", RegexOptions.Singleline)]
    private static partial Regex Row();
}
