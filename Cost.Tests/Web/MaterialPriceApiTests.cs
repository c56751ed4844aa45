using System.Net;
using System.Net.Http.Json;
using Cost.Domain.Bills;
using Cost.Silos.ReadModels;
using Cost.Tests.Importers.Bills;
using Microsoft.Extensions.DependencyInjection;

namespace Cost.Tests.Web;

[Collection(WebSuite.Name)]
public sealed class MaterialPriceApiTests(CostWebFactory factory)
{
    [Fact]
    public async Task A_main_material_25_percent_off_the_information_price_is_a_warning_listed_on_the_project_page()
    {
        // The district (雁塔区) publishes nothing: its materials are compared with the city's published prices.
        var prices = factory.Services.GetRequiredService<PriceQueries>();
        var month = await prices.LatestPublishedPeriodAsync(["610100"]);
        Assert.NotNull(month);
        var published = await prices.PublishedAsync("610100", month.Value);
        var rebar = published.Single(p => p.ResourceCode == "01010201" && p.Spec == "HRB400E Φ12");
        var concrete = published.Single(p => p.ResourceCode == "80210504");
        var off = Cost.Domain.Money.Round(rebar.PriceExclTax * 1.25m) + 0.07m;
        var workbook = MaterialsTable.ExcelDigits(MaterialsTable.Add(Tenders.Sample, "主要材料", "西安市某中学教学楼", MaterialsTable.Table21,
            MaterialsTable.Row("01010201", "热轧带肋钢筋 HRB400E Φ12", "t", 12.5m, off),
            MaterialsTable.Row(null, "预拌混凝土 C30", "m³", 356m, concrete.PriceExclTax),
            MaterialsTable.Row("00010101", "普工", "工日", 80m, 150m)), "主要材料", off);

        var consultant = await factory.ConsultantAsync();
        var code = $"M-{Guid.NewGuid():N}"[..20];
        Assert.Equal(HttpStatusCode.Created, (await consultant.PostAsJsonAsync("/api/projects",
            new { tenderCode = code, name = "材料核对学校", region = "610113", projectType = "school", buildingArea = 8000 })).StatusCode);
        var upload = await consultant.UploadAsync(code, workbook);

        Assert.Equal(HttpStatusCode.OK, upload.StatusCode);
        var answer = await upload.JsonAsync();
        var warning = Assert.Single(answer.GetProperty("findings").EnumerateArray(), f => f.GetProperty("rule").GetString() == FindingRules.MaterialPrice);
        Assert.Equal("warning", warning.GetProperty("severity").GetString());
        Assert.Equal(("主要材料", 5, "G"), (warning.GetProperty("sheet").GetString(), warning.GetProperty("row").GetInt32(), warning.GetProperty("column").GetString()));
        Assert.Equal(off, warning.GetProperty("stated").GetDecimal());
        Assert.Equal(rebar.PriceExclTax, warning.GetProperty("expected").GetDecimal());
        var message = warning.GetProperty("message").GetString()!;
        Assert.Contains("西安市", message, StringComparison.Ordinal);
        Assert.Contains(month.Value.ToChinese(), message, StringComparison.Ordinal);
        var materials = answer.GetProperty("materials");
        Assert.Equal((month.Value.ToString(), 2, 1, 1), (materials.GetProperty("month").GetString(), materials.GetProperty("matched").GetInt32(),
            materials.GetProperty("deviating").GetInt32(), materials.GetProperty("notCompared").GetInt32()));

        var current = await (await consultant.GetAsync($"/api/projects/{code}/ceiling-price")).JsonAsync();
        Assert.Equal(1, current.GetProperty("materials").GetProperty("deviating").GetInt32());
        var page = await (await BrowserSession.SignedInAsync(factory, "consultant", "consultant-demo")).GetAsync($"/projects/{code}");
        var html = await page.TextAsync();
        Assert.Contains("主要材料价格核对", html, StringComparison.Ordinal);
        Assert.Contains("热轧带肋钢筋 HRB400E Φ12", html, StringComparison.Ordinal);
        Assert.Contains("偏差超限", html, StringComparison.Ordinal);
    }
}
