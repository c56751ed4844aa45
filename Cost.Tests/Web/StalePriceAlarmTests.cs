using System.Net;
using System.Net.Http.Json;
using Cost.Domain;
using Cost.Silos.Exchange;
using Cost.Silos.ReadModels;
using Cost.Tests.Importers.Bills;
using Cost.Web.Exchange;
using Microsoft.Extensions.DependencyInjection;

namespace Cost.Tests.Web;

/// <summary>
/// The stale-price alarm end to end: a tender filed at one month's 信息价, then a month published with rebar
/// 20 % dearer: the project page warns and the platform is told once, also when the month is published again.
/// Works in its own county (周至县) on a front whose platform client listens for notices.
/// </summary>
public sealed class StalePriceAlarmTests(ExchangePushFactory factory) : IClassFixture<ExchangePushFactory>
{
    private const string County = "610124";
    private static readonly YearMonth ThisMonth = YearMonth.Of(DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)));
    private static readonly YearMonth BaseMonth = ThisMonth.AddMonths(-3);
    private static readonly YearMonth NextMonth = ThisMonth.AddMonths(-2);

    [Fact]
    public async Task A_month_with_rebar_20_percent_dearer_warns_the_filed_tender_and_tells_the_platform_once()
    {
        var bureau = await factory.BureauAsync();
        var consultant = await factory.ConsultantAsync();
        await RebarSurvey.PublishAsync(bureau, consultant, County, BaseMonth, 3500m);
        var published = await factory.Services.GetRequiredService<PriceQueries>().PublishedAsync(County, BaseMonth);
        var rebar = published.Single(p => p.ResourceCode == "01010201");

        var code = $"S-{Guid.NewGuid():N}"[..20];
        Assert.Equal(HttpStatusCode.Created, (await consultant.PostAsJsonAsync("/api/projects",
            new { tenderCode = code, name = "周至县某小学教学楼", region = County, projectType = "school", buildingArea = 8000, basePeriod = BaseMonth.ToString() })).StatusCode);
        var workbook = MaterialsTable.Add(Tenders.Sample, "主要材料", "西安市某中学教学楼", MaterialsTable.Table21,
            MaterialsTable.Row("01010201", "热轧带肋钢筋 HRB400E Φ12", "t", 120m, rebar.PriceExclTax));
        Assert.Equal(HttpStatusCode.OK, (await consultant.UploadAsync(code, workbook)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await consultant.PostAsync($"/api/projects/{code}/submit", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await bureau.PostAsync($"/api/projects/{code}/file", null)).StatusCode);

        await RebarSurvey.PublishAsync(bureau, consultant, County, NextMonth, 4200m);
        Assert.Equal(HttpStatusCode.OK, (await bureau.PostAsync($"/api/price-periods/{County}/{NextMonth}/publish", null)).StatusCode);

        var dispatcher = factory.Services.GetRequiredService<PushDispatcher>();
        await dispatcher.DispatchDueAsync(DateTimeOffset.UtcNow);
        await dispatcher.DispatchDueAsync(DateTimeOffset.UtcNow.AddHours(1));
        var notice = Assert.Single(factory.Listener.Received, n => n.Notice.GetProperty("kind").GetString() == ExchangeEvents.CeilingPriceStale
            && n.Notice.GetProperty("data").GetProperty("tenderCode").GetString() == code);
        Assert.True(notice.Verified);
        var data = notice.Notice.GetProperty("data");
        Assert.Equal((BaseMonth.ToString(), NextMonth.ToString()), (data.GetProperty("baseMonth").GetString(), data.GetProperty("month").GetString()));
        var material = Assert.Single(data.GetProperty("materials").EnumerateArray());
        Assert.Equal(("01010201", 20.0m), (material.GetProperty("resourceCode").GetString(), material.GetProperty("changePercent").GetDecimal()));
        var change = material.GetProperty("currentPrice").GetDecimal() / material.GetProperty("basePrice").GetDecimal() - 1;
        Assert.Equal(Money.Round(120m * rebar.PriceExclTax * change), data.GetProperty("estimatedChange").GetDecimal());

        var page = await (await BrowserSession.SignedInAsync(factory, "consultant", "consultant-demo")).GetAsync($"/projects/{code}");
        var html = await page.TextAsync();
        Assert.Contains("信息价变动预警", html, StringComparison.Ordinal);
        Assert.Contains("热轧带肋钢筋 HRB400E Φ12", html, StringComparison.Ordinal);
        Assert.Contains("20.0%", html, StringComparison.Ordinal);
    }
}
