using System.Net;
using System.Text.Json;
using ClosedXML.Excel;
using Cost.Samples;
using Cost.Tests.Importers.Bills;

namespace Cost.Tests.Web;

/// <summary>GET /api/projects/{tenderCode}/findings.xlsx: the current version's findings as a workbook a compiler works through.</summary>
[Collection(WebSuite.Name)]
public sealed class FindingsWorkbookTests(CostWebFactory factory)
{
    private const string WholeWorkbook = "工作簿整体";

    private const string HostileName = "=HYPERLINK(\"http://evil.example/\",\"点我\")";

    private static readonly string[] Headers = ["单位工程", "工作表", "单元格", "项目编码", "项目名称", "规则", "严重程度", "说明", "所填值", "应为", "差额"];

    /// <summary>The sample with its deliberate mistakes, and the 矩形柱 (whose 合价 is wrong) renamed to a formula.</summary>
    private static readonly byte[] WorkbookWithErrors = Workbooks.Edit(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "data", "samples", SampleWorkbooks.WithErrorsFileName)),
        w => Workbooks.LineRow(Workbooks.MeasuredWorks(w, SampleBoq.BuildingUnit), "010502001001").Cell(3).SetValue(HostileName));

    [Fact]
    public async Task Findings_come_one_a_row_grouped_by_unit_work_in_the_workbooks_order_errors_first()
    {
        var (code, answer) = await UploadAsync();
        var consultant = await factory.ConsultantAsync();

        var response = await consultant.GetAsync($"/api/projects/{code}/findings.xlsx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"{code}-清单检查结果-第1版.xlsx", response.Content.Headers.ContentDisposition?.FileNameStar);
        using var workbook = new XLWorkbook(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        var sheet = workbook.Worksheet(1);
        Assert.Contains(code, sheet.Cell(1, 1).GetString(), StringComparison.Ordinal);
        Assert.Contains(SampleBoq.TenderName, sheet.Cell(1, 1).GetString(), StringComparison.Ordinal);
        var findings = answer.GetProperty("findings").EnumerateArray().ToList();
        var errors = findings.Count(f => f.GetProperty("severity").GetString() == "error");
        Assert.Equal($"第 1 版（清单.xlsx）· {errors} 个错误 · {findings.Count - errors} 个提示", sheet.Cell(2, 1).GetString());
        Assert.Equal(Headers, Enumerable.Range(1, Headers.Length).Select(c => sheet.Cell(4, c).GetString()));

        var rows = Enumerable.Range(5, findings.Count).Select(r => sheet.Row(r)).ToList();
        Assert.True(sheet.Row(5 + findings.Count).IsEmpty());
        // Findings about the workbook as a whole (no unit work) come first, then the unit works in the workbook's order.
        var units = answer.GetProperty("units").EnumerateArray().Select(u => u.GetProperty("name").GetString()!).Prepend(WholeWorkbook).ToList();
        var unitOfRow = rows.Select(r => r.Cell(1).GetString()).ToList();
        Assert.Equal(units.Where(unitOfRow.Contains), unitOfRow.Distinct());
        Assert.All(rows.GroupBy(r => r.Cell(1).GetString()), g =>
            Assert.Equal(g.Select(r => r.Cell(7).GetString()).OrderBy(s => s == "提示"), g.Select(r => r.Cell(7).GetString())));
        Assert.Equal(
            findings.Select(f => $"{f.Text("unit") ?? WholeWorkbook}|{f.Text("sheet")}|{f.Text("message")}").Order(),
            rows.Select(r => $"{r.Cell(1).GetString()}|{r.Cell(2).GetString()}|{r.Cell(8).GetString()}").Order());

        var amount = Assert.Single(rows, r => r.Cell(4).GetString() == "010502001001" && r.Cell(6).GetString() == "合价计算（line-amount）");
        Assert.Equal(SampleBoq.BuildingUnit, amount.Cell(1).GetString());
        Assert.Equal("H21", amount.Cell(3).GetString());
        Assert.Equal("错误", amount.Cell(7).GetString());
        Assert.Equal((191628.10m, 191528.10m, 100m), (amount.Cell(9).GetValue<decimal>(), amount.Cell(10).GetValue<decimal>(), amount.Cell(11).GetValue<decimal>()));
        Assert.Equal("#,##0.00", amount.Cell(11).Style.NumberFormat.Format);
        Assert.False(amount.Cell(5).HasFormula);
        Assert.Equal("'" + HostileName, amount.Cell(5).GetString());
        Assert.Contains(rows, r => r.Cell(9).IsEmpty() && r.Cell(11).IsEmpty()); // no difference without a stated amount
    }

    [Fact]
    public async Task The_same_version_is_the_same_bytes_and_the_bureau_may_read_it()
    {
        var (code, _) = await UploadAsync();
        var consultant = await factory.ConsultantAsync();

        var first = await consultant.GetByteArrayAsync($"/api/projects/{code}/findings.xlsx");
        await Task.Delay(TimeSpan.FromSeconds(1.1)); // a workbook dated by the clock would differ now
        var again = await (await factory.BureauAsync()).GetByteArrayAsync($"/api/projects/{code}/findings.xlsx");

        Assert.Equal(first, again);
    }

    [Fact]
    public async Task Another_firm_gets_404_and_nobody_signed_out_gets_it_at_all()
    {
        var (code, _) = await UploadAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await (await factory.OtherFirmConsultantAsync()).GetAsync($"/api/projects/{code}/findings.xlsx")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await factory.ConsultantAsync()).GetAsync("/api/projects/NO-SUCH-TENDER/findings.xlsx")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateClient().GetAsync($"/api/projects/{code}/findings.xlsx")).StatusCode);
    }

    [Fact]
    public async Task Before_any_upload_it_is_404_saying_so()
    {
        var consultant = await factory.ConsultantAsync();
        var code = await Tenders.RegisterAsync(consultant);

        var response = await consultant.GetAsync($"/api/projects/{code}/findings.xlsx");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("尚未上传", (await response.JsonAsync()).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_api_reference_describes_the_download_as_a_workbook_or_404()
    {
        using var document = JsonDocument.Parse(await factory.CreateClient().GetStringAsync("/openapi/v1.json"));

        var get = document.RootElement.GetProperty("paths").GetProperty("/api/projects/{tenderCode}/findings.xlsx").GetProperty("get");
        var workbook = get.GetProperty("responses").GetProperty("200").GetProperty("content")
            .GetProperty("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        var schema = workbook.GetProperty("schema");
        if (schema.TryGetProperty("$ref", out var reference))
        {
            schema = document.RootElement.GetProperty("components").GetProperty("schemas").GetProperty(reference.GetString()!.Split('/')[^1]);
        }

        Assert.Equal("binary", schema.GetProperty("format").GetString());
        Assert.True(get.GetProperty("responses").TryGetProperty("404", out _));
        Assert.Contains("检查结果", get.GetProperty("summary").GetString(), StringComparison.Ordinal);
    }

    private async Task<(string Code, JsonElement Answer)> UploadAsync()
    {
        var consultant = await factory.ConsultantAsync();
        var code = await Tenders.RegisterAsync(consultant, SampleBoq.TenderName);
        var upload = await consultant.UploadAsync(code, WorkbookWithErrors);
        Assert.Equal(HttpStatusCode.OK, upload.StatusCode);
        return (code, await upload.JsonAsync());
    }
}
