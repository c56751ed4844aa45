using System.Net;
using System.Net.Http.Json;
using Cost.Domain;
using Cost.Silos.ReadModels;
using Cost.Tests.Importers.Bills;
using Microsoft.Extensions.DependencyInjection;

namespace Cost.Tests.Web;

/// <summary>
/// Indices weighted by the filed bills end to end: three tenders filed with main-materials tables that list rebar
/// and angle steel, then the city's next month published: its steel index says its weights came from the filed
/// bills, while a category no bill lists keeps the configured weights. Own store, since it publishes a city month.
/// </summary>
public sealed class FiledWeightsTests(CostWebFactory factory) : IClassFixture<CostWebFactory>
{
    private const string City = "610100";

    [Fact]
    public async Task The_month_published_after_three_filings_weighs_steel_by_their_main_materials()
    {
        var bureau = await factory.BureauAsync();
        var consultant = await factory.ConsultantAsync();
        var latest = (await factory.Services.GetRequiredService<PriceQueries>().PublishedPeriodsAsync(City)).Max();
        var prices = await factory.Services.GetRequiredService<PriceQueries>().PublishedAsync(City, latest);
        var rebar = prices.Single(p => p is { ResourceCode: "01010201", Spec: "HRB400E Φ12" });
        var angle = prices.First(p => p.Category == "钢材" && p.Name.Contains("角钢", StringComparison.Ordinal));
        for (var i = 0; i < 3; i++)
        {
            await FileAsync(bureau, consultant, latest, 100m + (i * 17.5m), rebar, angle);
        }

        await RebarSurvey.PublishAsync(bureau, consultant, City, latest.AddMonths(1), rebar.PriceInclTax * 1.05m);

        var month = await (await factory.CreateClient().GetAsync($"/api/public/indices/{latest.AddMonths(1)}?region={City}")).JsonAsync();
        var items = month.GetProperty("items").EnumerateArray().ToList();
        Assert.True(items.Single(i => i.GetProperty("indexCode").GetString() == "steel").GetProperty("weightBills").GetInt32() >= 3);
        Assert.Equal(0, items.Single(i => i.GetProperty("indexCode").GetString() == "labour").GetProperty("weightBills").GetInt32());
        var page = await (await factory.CreateClient().GetAsync($"/indices?region={City}&period={latest.AddMonths(1)}")).Content.ReadAsStringAsync();
        Assert.Contains("份备案清单的主要材料用量", page, StringComparison.Ordinal);
    }

    private static async Task FileAsync(HttpClient bureau, HttpClient consultant, YearMonth basePeriod, decimal tons, Cost.Domain.Prices.InfoPrice rebar, Cost.Domain.Prices.InfoPrice angle)
    {
        var code = $"W-{Guid.NewGuid():N}"[..20];
        Assert.Equal(HttpStatusCode.Created, (await consultant.PostAsJsonAsync("/api/projects",
            new { tenderCode = code, name = "西安市某中学教学楼", region = City, projectType = "school", buildingArea = 8000, basePeriod = basePeriod.ToString() })).StatusCode);
        var workbook = MaterialsTable.Add(Tenders.Sample, "主要材料", "西安市某中学教学楼", MaterialsTable.Table21,
            MaterialsTable.Row(rebar.ResourceCode, $"{rebar.Name} {rebar.Spec}", "t", tons, rebar.PriceExclTax),
            MaterialsTable.Row(angle.ResourceCode, $"{angle.Name} {angle.Spec}", angle.Unit, 2.5m, angle.PriceExclTax));
        Assert.Equal(HttpStatusCode.OK, (await consultant.UploadAsync(code, workbook)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await consultant.PostAsync($"/api/projects/{code}/submit", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await bureau.PostAsync($"/api/projects/{code}/file", null)).StatusCode);
    }
}
