using System.Text.RegularExpressions;

namespace Cost.Tests.Web;

/// <summary>
/// A price history chart people read: the range chosen is the range drawn and stated, each point is a focusable element
/// named with its month and full value, the value axis has its unit and round ticks; a range that makes no sense falls
/// back to 24 months.
/// </summary>
[Collection(WebSuite.Name)]
public sealed partial class ChartPageTests(CostWebFactory factory)
{
    private static readonly decimal[] RoundSteps = [1m, 2m, 2.5m, 5m];

    private const string Page = "/prices/history?region=610100&code=01010201&spec=HRB400E%20%CE%A612";

    [Theory]
    [InlineData("&range=12", 12)]
    [InlineData("", 24)]
    [InlineData("&range=banana", 24)]
    [InlineData("&range=-5", 24)]
    public async Task The_range_chosen_is_the_range_drawn_and_stated(string range, int months)
    {
        var html = await factory.CreateClient().GetStringAsync(new Uri(Page + range, UriKind.Relative));

        // Two series (含税价, 除税价), one focusable point per month each.
        Assert.Equal(2 * months, Point().Count(html));
        Assert.Contains($"共 {months} 个月已发布信息价", html, StringComparison.Ordinal);
        Assert.Contains(">元/t</text>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_point_says_its_month_and_full_value_and_the_ticks_are_round()
    {
        var client = factory.CreateClient();
        var latest = await (await client.GetAsync("/api/public/info-prices/610100/2026-10?pageSize=1000")).JsonAsync();
        var rebar = latest.GetProperty("items").EnumerateArray().First(i => i.Text("resourceCode") == "01010201" && i.Text("spec") == "HRB400E Φ12");
        var html = await client.GetStringAsync(new Uri(Page, UriKind.Relative));

        Assert.Contains($"aria-label=\"2026-10 含税价：{rebar.GetProperty("priceInclTax").GetDecimal():#,##0.######}", html, StringComparison.Ordinal);
        var ticks = Tick().Matches(html).Select(m => decimal.Parse(m.Groups[1].Value.Replace(",", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.True(ticks.Count >= 2);
        var step = ticks[1] - ticks[0];
        Assert.Contains(step / (decimal)Math.Pow(10, Math.Floor(Math.Log10((double)step))), RoundSteps);
    }

    [Fact]
    public async Task Other_specs_of_the_same_code_are_drawn_beside_it_at_most_three_and_unknown_ones_ignored()
    {
        var html = await factory.CreateClient().GetStringAsync(new Uri(
            Page + "&compare=HRB400E%20%CE%A616&compare=HRB400E%20%CE%A625&compare=HRB400E%20%CE%A628&compare=HRB400E%20%CE%A632&compare=%E4%B8%8D%E5%AD%98%E5%9C%A8", UriKind.Relative));

        Assert.Contains("各规格含税价对比", html, StringComparison.Ordinal);
        Assert.Contains("■ HRB400E Φ16</text>", html, StringComparison.Ordinal);
        Assert.Contains("■ HRB400E Φ28</text>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("■ HRB400E Φ32</text>", html, StringComparison.Ordinal);
        Assert.Equal(4 * 24, Point().Count(html));
    }

    [Theory]
    [InlineData("&range=12", "近 12 个月走势")]
    [InlineData("&range=banana", "近 36 个月走势")]
    [InlineData("&range=all", "全部月份走势")]
    public async Task The_index_grid_states_the_range_it_draws(string range, string heading)
    {
        var html = await factory.CreateClient().GetStringAsync(new Uri("/indices?region=610100&period=2026-10" + range, UriKind.Relative));
        Assert.Contains(heading, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_shared_scale_gives_every_index_chart_the_same_ticks()
    {
        var html = await factory.CreateClient().GetStringAsync(new Uri("/indices?region=610100&period=2026-10&scale=shared", UriKind.Relative));

        var charts = html.Split("<svg class=\"chart\"").Skip(1).Select(svg => string.Join("|", Tick().Matches(svg).Select(m => m.Groups[1].Value))).ToList();
        Assert.True(charts.Count > 3);
        Assert.Single(charts.Distinct());
    }

    [GeneratedRegex("<g class=\"pt\" tabindex=\"0\"")]
    private static partial Regex Point();

    [GeneratedRegex("<text class=\"tick\" x=\"[\\d.]+\" y=\"[\\d.]+\" text-anchor=\"end\" font-size=\"15\">([\\d,.]+)</text>")]
    private static partial Regex Tick();
}
