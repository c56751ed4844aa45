using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ClosedXML.Excel;
using Cost.Domain;

namespace Cost.Tests.Web;

/// <summary>
/// The monthly cycle through the API: a surveyor's GBK .csv and an .xlsx upload with the right
/// rejections, the period closes, the bureau overrides one price and publishes, and every output
/// shows the same numbers. Each test works in its own district so that they do not share a period.
/// </summary>
[Collection(WebSuite.Name)]
public sealed class PricesApiTests(CostWebFactory factory)
{
    private static readonly YearMonth ThisMonth = YearMonth.Of(DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)));

    static PricesApiTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static string Day(int day) => ThisMonth.FirstDay.AddDays(day - 1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Five good quotes of rebar and cement, and four bad rows (unknown code, unknown unit, text price, date outside the month).</summary>
    private static string Survey(string extra = "") => string.Join("\r\n",
        "资源编码,名称,规格型号,单位,含税单价(元),税率(%),数量,报价单位,报价日期",
        $"01010201,热轧带肋钢筋,HRB400E Φ12,t,3980.00,13,120,陕西钢铁贸易有限公司,{Day(3)}",
        $"01010201,热轧带肋钢筋,HRB400E Φ12,吨,\"4,010.50\",13%,80,西安建材商行,{Day(5)}",
        $"01010201,热轧带肋钢筋,HRB400E Φ12,t,3995,13,,龙钢销售西安分公司,{Day(8)}",
        $"01010201,热轧带肋钢筋,HRB400E Φ12,kg,4.02,13,50000,秦岭物资,{Day(9)}",
        $"04010101,普通硅酸盐水泥,P.O 42.5 散装,t,420,13,300,尧柏水泥,{Day(10)}",
        $"99999999,不存在的材料,,t,100,13,1,某公司,{Day(3)}",
        $"01010201,热轧带肋钢筋,HRB400E Φ12,箱,3990,13,1,某公司,{Day(3)}",
        $"01010201,热轧带肋钢筋,HRB400E Φ12,t,面议,13,1,某公司,{Day(3)}",
        $"01010201,热轧带肋钢筋,HRB400E Φ12,t,3990,13,1,某公司,{ThisMonth.AddMonths(-2).FirstDay:yyyy-MM-dd}") + extra + "\r\n";

    [Fact]
    public async Task A_gbk_csv_keeps_the_good_rows_and_rejects_each_bad_row_with_its_number()
    {
        var consultant = await factory.ConsultantAsync();
        var response = await UploadAsync(consultant, "610102", Encoding.GetEncoding("GB18030").GetBytes(Survey()), "调查表.csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.JsonAsync();
        Assert.Equal(5, body.GetProperty("accepted").GetInt32());
        var rows = body.GetProperty("rejected").EnumerateArray().Select(r => r.GetProperty("row").GetInt32()).ToList();
        Assert.Equal([7, 8, 9, 10], rows);
        Assert.All(body.GetProperty("rejected").EnumerateArray(), r => Assert.False(string.IsNullOrWhiteSpace(r.GetProperty("message").GetString())));
    }

    [Fact]
    public async Task The_same_file_twice_adds_nothing()
    {
        var consultant = await factory.ConsultantAsync();
        var bytes = Encoding.UTF8.GetBytes(Survey());
        Assert.Equal(5, (await (await UploadAsync(consultant, "610103", bytes, "a.csv")).JsonAsync()).GetProperty("accepted").GetInt32());

        var again = await UploadAsync(consultant, "610103", bytes, "a.csv");

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(0, (await again.JsonAsync()).GetProperty("accepted").GetInt32());
    }

    [Fact]
    public async Task A_file_that_is_not_a_survey_is_422_and_stores_nothing()
    {
        var consultant = await factory.ConsultantAsync();
        var response = await UploadAsync(consultant, "610104", [0x50, 0x4B, 0x03, 0x04, 0x00, 0x01, 0x02], "调查表.xlsx");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
    }

    [Fact]
    public async Task A_month_after_next_cannot_collect()
    {
        var consultant = await factory.ConsultantAsync();
        var response = await UploadAsync(consultant, "610104", Encoding.UTF8.GetBytes(Survey()), "a.csv", ThisMonth.AddMonths(2));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task The_period_closes_is_reviewed_overridden_published_and_every_output_agrees()
    {
        const string region = "610111";
        var consultant = await factory.ConsultantAsync();
        var bureau = await factory.BureauAsync();
        await UploadAsync(consultant, region, Encoding.GetEncoding("GB18030").GetBytes(Survey()), "gbk.csv");
        await UploadAsync(consultant, region, Xlsx(), "调查表.xlsx");

        var close = await bureau.PostAsync($"/api/price-periods/{region}/{ThisMonth}/close", null);
        Assert.Equal(HttpStatusCode.OK, close.StatusCode);
        Assert.True((await close.JsonAsync()).GetProperty("series").GetInt32() > 300);
        Assert.Equal(HttpStatusCode.Conflict, (await UploadAsync(consultant, region, Encoding.UTF8.GetBytes(Survey("\r\n")), "late.csv")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync($"/api/public/info-prices/{region}/{ThisMonth}")).StatusCode);

        var period = await (await bureau.GetAsync($"/api/price-periods/{region}/{ThisMonth}")).JsonAsync();
        Assert.Equal("closed", period.GetProperty("status").GetString());
        var rebar = period.GetProperty("drafts").EnumerateArray().Single(d => d.GetProperty("resourceCode").GetString() == "01010201" && d.GetProperty("spec").GetString() == "HRB400E Φ12");
        Assert.Equal(6, rebar.GetProperty("received").GetInt32());

        Assert.Equal(HttpStatusCode.BadRequest, (await bureau.PostAsJsonAsync($"/api/price-periods/{region}/{ThisMonth}/overrides",
            new { resourceCode = "04010101", spec = "P.O 42.5 散装", priceInclTax = 431.5m })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await bureau.PostAsJsonAsync($"/api/price-periods/{region}/{ThisMonth}/overrides",
            new { resourceCode = "04010101", spec = "P.O 42.5 散装", priceInclTax = 431.5m, reason = "仅一家报价，按厂家出厂价复核" })).StatusCode);

        var publish = await (await bureau.PostAsync($"/api/price-periods/{region}/{ThisMonth}/publish", null)).JsonAsync();
        Assert.True(publish.GetProperty("published").GetInt32() >= 2);
        var again = await (await bureau.PostAsync($"/api/price-periods/{region}/{ThisMonth}/publish", null)).JsonAsync();
        Assert.Equal(publish.GetProperty("published").GetInt32(), again.GetProperty("published").GetInt32());

        var page = await (await factory.CreateClient().GetAsync($"/api/public/info-prices/{region}/{ThisMonth}")).JsonAsync();
        Assert.Equal(1, page.GetProperty("revision").GetInt32());
        var cement = Item(page, "04010101", "P.O 42.5 散装");
        Assert.Equal(431.5m, cement.GetProperty("priceInclTax").GetDecimal());
        Assert.Equal(Money.Round(431.5m / 1.13m), cement.GetProperty("priceExclTax").GetDecimal());
        var rebarPrice = Item(page, "01010201", "HRB400E Φ12").GetProperty("priceInclTax").GetDecimal();

        var exchange = await (await factory.CreateClient().SendAsync(new PlatformSigner().Get($"/exchange/v1/info-prices/{region}/{ThisMonth}?page=1&pageSize=1000"))).JsonAsync();
        Assert.Equal(rebarPrice, Item(exchange, "01010201", "HRB400E Φ12").GetProperty("priceInclTax").GetDecimal());

        using var workbook = new XLWorkbook(new MemoryStream(await factory.CreateClient().GetByteArrayAsync($"/api/public/info-prices/{region}/{ThisMonth}/prices.xlsx")));
        var row = workbook.Worksheet(1).RowsUsed().Single(r => r.Cell(1).GetString() == "01010201" && r.Cell(3).GetString() == "HRB400E Φ12");
        Assert.Equal("到场价", row.Cell(6).GetString());
        Assert.Equal(rebarPrice, row.Cell(7).GetValue<decimal>());

        var pdf = PdfBulletinWriterTests.PdfText(await factory.CreateClient().GetByteArrayAsync($"/api/public/info-prices/{region}/{ThisMonth}/bulletin.pdf"));
        Assert.Contains(rebarPrice.ToString("#,##0.00", CultureInfo.InvariantCulture), pdf);
        Assert.Contains("431.50", pdf);
    }

    [Fact]
    public async Task A_correction_after_publication_is_a_new_revision_with_a_change_notice()
    {
        const string region = "610112";
        var consultant = await factory.ConsultantAsync();
        var bureau = await factory.BureauAsync();
        await UploadAsync(consultant, region, Encoding.UTF8.GetBytes(Survey()), "a.csv");
        await bureau.PostAsync($"/api/price-periods/{region}/{ThisMonth}/close", null);
        await bureau.PostAsync($"/api/price-periods/{region}/{ThisMonth}/publish", null);

        await bureau.PostAsJsonAsync($"/api/price-periods/{region}/{ThisMonth}/overrides",
            new { resourceCode = "01010201", spec = "HRB400E Φ12", priceInclTax = 3999m, reason = "更正：剔除一家非本地区报价" });
        await bureau.PostAsync($"/api/price-periods/{region}/{ThisMonth}/publish", null);

        var revisions = (await (await factory.CreateClient().GetAsync($"/api/public/info-prices/{region}/{ThisMonth}/revisions")).JsonAsync())
            .GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(2, revisions.Count);
        var change = Assert.Single(revisions[1].GetProperty("changes").EnumerateArray());
        Assert.Equal(3999m, change.GetProperty("after").GetDecimal());
        Assert.Equal(2, (await (await factory.CreateClient().GetAsync($"/api/public/info-prices/{region}/{ThisMonth}")).JsonAsync()).GetProperty("revision").GetInt32());
        var pages = PdfBulletinWriterTests.Pages(await factory.CreateClient().GetByteArrayAsync($"/api/public/info-prices/{region}/{ThisMonth}/bulletin.pdf"));
        Assert.All(pages, page => Assert.Contains($"{ThisMonth.Year}年第{ThisMonth.Month}期（第 2 次修订）", page));
        Assert.Contains("3,999.00", string.Concat(pages));
    }

    [Fact]
    public async Task The_sample_months_are_published_on_a_fresh_start()
    {
        var response = await factory.CreateClient().GetAsync("/api/public/info-prices/610100/2026-10");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True((await response.JsonAsync()).GetProperty("total").GetInt32() >= 300);
    }

    [Fact]
    public async Task The_catalogue_is_searchable_by_anyone()
    {
        var body = await (await factory.CreateClient().GetAsync("/api/public/resources?q=HRB400E&category=%E9%92%A2%E6%9D%90")).JsonAsync();
        var items = body.GetProperty("items").EnumerateArray().ToList();
        Assert.NotEmpty(items);
        Assert.All(items, i => Assert.Equal(0.13m, i.GetProperty("vatRate").GetDecimal()));
    }

    [Fact]
    public async Task Publishing_a_month_still_collecting_is_refused_until_it_is_closed_and_nothing_is_published()
    {
        const string region = "610118";
        var consultant = await factory.ConsultantAsync();
        var bureau = await factory.BureauAsync();
        await UploadAsync(consultant, region, Encoding.UTF8.GetBytes(Survey()), "a.csv");

        var refused = await bureau.PostAsync($"/api/price-periods/{region}/{ThisMonth}/publish", null);

        var problem = await refused.ProblemAsync(HttpStatusCode.Conflict, "close-first");
        Assert.Contains("先截止采集", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync($"/api/public/info-prices/{region}/{ThisMonth}")).StatusCode);
        Assert.Equal("collecting", (await (await bureau.GetAsync($"/api/price-periods/{region}/{ThisMonth}")).JsonAsync()).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, (await bureau.PostAsync($"/api/price-periods/{region}/{ThisMonth}/close", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await bureau.PostAsync($"/api/price-periods/{region}/{ThisMonth}/publish", null)).StatusCode);
    }

    [Fact]
    public async Task Only_the_bureau_closes_and_publishes()
    {
        var consultant = await factory.ConsultantAsync();
        Assert.Equal(HttpStatusCode.Forbidden, (await consultant.PostAsync($"/api/price-periods/610113/{ThisMonth}/publish", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateClient().PostAsync($"/api/price-periods/610113/{ThisMonth}/close", null)).StatusCode);
    }

    private static JsonElement Item(JsonElement page, string code, string spec) =>
        page.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("resourceCode").GetString() == code && i.GetProperty("spec").GetString() == spec);

    /// <summary>An .xlsx survey with an extra column and columns in another order: two more rebar quotes.</summary>
    private static byte[] Xlsx()
    {
        using var workbook = new XLWorkbook();
        var ws = workbook.AddWorksheet("调查表");
        string[] header = ["报价日期", "资源编码", "规格型号", "名称", "单位", "含税价", "税率", "数量", "供应商", "备注"];
        for (var c = 0; c < header.Length; c++)
        {
            ws.Cell(1, c + 1).SetValue(header[c]);
        }

        object[][] rows =
        [
            [Day(12), "01010201", "HRB400E Φ12", "热轧带肋钢筋", "t", 4005m, 13, 60, "汉中钢铁", "现货"],
            [Day(15), "01010201", "HRB400E Φ12", "热轧带肋钢筋", "t", 3988m, 13, 90, "西安钢材市场", ""],
        ];
        for (var r = 0; r < rows.Length; r++)
        {
            for (var c = 0; c < rows[r].Length; c++)
            {
                ws.Cell(r + 2, c + 1).SetValue(rows[r][c].ToString());
            }
        }

        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    private static Task<HttpResponseMessage> UploadAsync(HttpClient client, string region, byte[] content, string fileName, YearMonth? period = null)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", fileName);
        return client.PostAsync($"/api/price-surveys/{region}/{period ?? ThisMonth}", form);
    }
}
