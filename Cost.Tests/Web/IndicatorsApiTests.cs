using System.Net;
using System.Net.Http.Json;
using Cost.Domain;
using Cost.Samples;

namespace Cost.Tests.Web;

/// <summary>
/// Indicators from the sixteen sample tenders filed on a fresh start (three of each type and the demo school), and the unit-rate warning on
/// upload: the sample bill with its HRB400 rebar priced at three times the rate is flagged against the
/// filed rebar lines; the sample as filed is not flagged there.
/// </summary>
[Collection(WebSuite.Name)]
public sealed class IndicatorsApiTests(CostWebFactory factory)
{
    [Fact]
    public async Task The_sample_types_publish_cost_per_m2_and_consumption()
    {
        var body = await (await factory.CreateClient().GetAsync(new Uri("/api/public/indicators?todayPrices=true", UriKind.Relative))).JsonAsync();

        Assert.True(body.GetProperty("projects").GetInt32() >= 9);
        var items = body.GetProperty("items").EnumerateArray().ToList();
        foreach (var type in new[] { "residential", "school", "office" })
        {
            var total = items.Single(i => i.GetProperty("projectType").GetString() == type && i.GetProperty("measure").GetString() == "total");
            Assert.True(total.GetProperty("published").GetBoolean());
            var stats = total.GetProperty("statistics");
            Assert.True(stats.GetProperty("p25").GetDouble() <= stats.GetProperty("median").GetDouble());
            Assert.InRange(stats.GetProperty("min").GetDouble(), 500, 5000);
        }

        Assert.Contains(items, i => i.GetProperty("measure").GetString() == "steel" && i.GetProperty("published").GetBoolean());
    }

    [Fact]
    public async Task The_sample_types_publish_levels_that_differ_by_type()
    {
        var body = await (await factory.CreateClient().GetAsync(new Uri("/api/public/indicators", UriKind.Relative))).JsonAsync();

        var median = body.GetProperty("items").EnumerateArray().Where(i => i.GetProperty("measure").GetString() == "total" && i.GetProperty("published").GetBoolean())
            .ToDictionary(i => i.GetProperty("projectType").GetString()!, i => i.GetProperty("statistics").GetProperty("median").GetDouble());
        Assert.InRange(median["residential"], 2100, 2800);
        Assert.InRange(median["hospital"], 4500, 6200);
        Assert.True(median["municipal-road"] < median["residential"] && median["residential"] < median["office"] && median["office"] < median["hospital"]);
    }

    [Fact]
    public async Task The_tender_price_index_publishes_each_type_with_three_awards_in_a_month()
    {
        var client = factory.CreateClient();
        var body = await (await client.GetAsync(new Uri("/api/public/tender-price-index", UriKind.Relative))).JsonAsync();

        Assert.Equal(3, body.GetProperty("minimumAwards").GetInt32());
        var cells = body.GetProperty("cells").EnumerateArray().ToList();
        foreach (var type in new[] { "residential", "school", "office", "hospital", "municipal-road" })
        {
            var cell = Assert.Single(cells, c => c.GetProperty("projectType").GetString() == type);
            Assert.Equal("2026-11", cell.GetProperty("month").GetString());
            Assert.Equal(3, cell.GetProperty("count").GetInt32());
            Assert.InRange(cell.GetProperty("medianRatio").GetDouble(), 0.9, 0.97);
            if (cell.GetProperty("compositeIndex").ValueKind == System.Text.Json.JsonValueKind.Number)
            {
                // The published value is rounded from the unrounded ratio and index; from the rounded ones it is within 0.05.
                var expected = cell.GetProperty("medianRatio").GetDouble() * cell.GetProperty("compositeIndex").GetDouble();
                Assert.InRange(cell.GetProperty("value").GetDouble(), expected - 0.05, expected + 0.05);
            }
        }

        var page = await client.GetStringAsync(new Uri("/indices", UriKind.Relative));
        Assert.Contains("投标价格指数", page, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Store", "sqlite")] // runs the command on the SQLite file; IndicatorAggregatesTests holds the rebuild equal to the incremental aggregates
    public async Task The_operators_rebuild_of_the_aggregates_answers_the_same_indicators()
    {
        var client = factory.CreateClient();
        var before = await client.GetStringAsync(new Uri("/api/public/indicators?todayPrices=true", UriKind.Relative));

        var (exitCode, output) = await AuditTrail.CommandAsync(factory.DatabasePath, "rebuild", "aggregates");

        Assert.Equal(0, exitCode);
        Assert.Contains("重建", output, StringComparison.Ordinal);
        Assert.Equal(before, await client.GetStringAsync(new Uri("/api/public/indicators?todayPrices=true", UriKind.Relative)));
    }

    [Fact]
    public async Task A_filing_shows_in_the_indicators_at_once()
    {
        var client = factory.CreateClient();
        async Task<int> ProjectsAsync() => (await (await client.GetAsync(new Uri("/api/public/indicators?todayPrices=true", UriKind.Relative))).JsonAsync()).GetProperty("projects").GetInt32();
        var before = await ProjectsAsync();
        Assert.Equal(before, await ProjectsAsync());

        await Tenders.FiledAsync(factory);

        Assert.Equal(before + 1, await ProjectsAsync());
    }

    [Fact]
    public async Task A_region_with_fewer_than_3_projects_publishes_no_statistics()
    {
        var body = await (await factory.CreateClient().GetAsync(new Uri("/api/public/indicators?region=610111", UriKind.Relative))).JsonAsync();
        Assert.All(body.GetProperty("items").EnumerateArray(), i => Assert.False(i.GetProperty("published").GetBoolean()));
    }

    [Fact]
    public async Task The_page_shows_the_numbers()
    {
        var html = await factory.CreateClient().GetStringAsync(new Uri("/indicators?today=true", UriKind.Relative));
        Assert.Contains("单方造价", html, StringComparison.Ordinal);
        Assert.Contains("钢筋含量", html, StringComparison.Ordinal);
        Assert.Contains("价格水平", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_upload_with_an_unusual_unit_rate_gets_a_warning_with_the_median()
    {
        var consultant = await factory.ConsultantAsync();
        var code = $"U-{Guid.NewGuid():N}"[..20];
        var created = await consultant.PostAsJsonAsync("/api/projects",
            new { tenderCode = code, name = "单价检查测试楼", region = "610113", projectType = "school", buildingArea = 12860.5 });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        var sample = SampleBoq.Create();
        var tripled = new Cost.Domain.Bills.Boq([.. sample.UnitWorks.Select(u => u with
        {
            Lines = [.. u.Lines.Select(l => l.ItemCode == "010515001002" ? l with { UnitRate = Money.Round(l.UnitRate * 3) } : l)],
        })]);
        using var stream = new MemoryStream();
        BoqWorkbookWriter.Write(StatedAmounts.Settle(tripled, SampleBoq.RuleSet), SampleBoq.RuleSet, stream, SampleWorkbooks.Options);

        var upload = await consultant.UploadAsync(code, stream.ToArray());

        Assert.Equal(HttpStatusCode.OK, upload.StatusCode);
        var findings = (await upload.JsonAsync()).GetProperty("findings").EnumerateArray().ToList();
        var warning = Assert.Single(findings, f => f.TryGetProperty("itemCode", out var c) && c.GetString() == "010515001002"
            && f.GetProperty("message").GetString()!.Contains("中位数", StringComparison.Ordinal));
        Assert.Equal("warning", warning.GetProperty("severity").GetString());
        Assert.DoesNotContain(findings, f => f.TryGetProperty("itemCode", out var c) && c.GetString() == "010515001001"
            && f.GetProperty("message").GetString()!.Contains("中位数", StringComparison.Ordinal));
    }
}
