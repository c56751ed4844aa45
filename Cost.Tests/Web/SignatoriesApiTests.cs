using System.Net;
using System.Net.Http.Json;
using ClosedXML.Excel;
using Cost.Samples;

namespace Cost.Tests.Web;

/// <summary>
/// 编制人 and 复核人: read from the workbook's 扉页 or named at submission, checked against the firm's register of
/// 注册造价工程师 (which the firm's consultant keeps, by hand or from a roster), printed on the receipt.
/// </summary>
public sealed class SignatoriesApiTests(CostWebFactory factory) : IClassFixture<CostWebFactory>
{
    private const string Firm = "91610113MA6W8K3Q77";

    private static readonly byte[] WithTitlePage = Workbook(s =>
        BoqWorkbookWriter.Write(SampleBoq.Create(), SampleBoq.RuleSet, s, SampleWorkbooks.Options with { Signatories = SampleBoq.Signatories }));

    [Fact]
    public async Task The_title_pages_engineers_are_checked_kept_and_printed_on_the_receipt()
    {
        var consultant = await factory.ConsultantAsync();
        var code = await Tenders.RegisterAsync(consultant);
        Assert.Equal(HttpStatusCode.OK, (await consultant.UploadAsync(code, WithTitlePage)).StatusCode);

        var submitted = await (await consultant.PostAsync($"/api/projects/{code}/submit", null)).JsonAsync();

        // The 扉页 names the 编制人 by name only: the register gives the number.
        Assert.Equal("建[造]16610000123", submitted.GetProperty("compiler").GetProperty("registrationNumber").GetString());
        Assert.Equal("孙丽华", submitted.GetProperty("reviewer").GetProperty("name").GetString());
        var bureau = await factory.BureauAsync();
        Assert.Equal(HttpStatusCode.OK, (await bureau.PostAsync($"/api/projects/{code}/file", null)).StatusCode);
        var text = PdfBulletinWriterTests.Flat(PdfBulletinWriterTests.PdfText(await consultant.GetByteArrayAsync($"/api/projects/{code}/filing-receipt.pdf")));
        Assert.Contains(PdfBulletinWriterTests.Flat("编制人：赵明远（注册号 建[造]16610000123）；复核人：孙丽华（注册号 建[造]16610000456）"), text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Someone_not_on_the_firms_register_is_refused_by_name_and_nothing_changes()
    {
        var consultant = await factory.ConsultantAsync();
        var code = await Tenders.RegisterAsync(consultant);
        await consultant.UploadAsync(code, WithTitlePage);

        // 周志刚 is an engineer of another firm.
        var refused = await (await consultant.PostAsJsonAsync($"/api/projects/{code}/submit",
            new { reviewer = new { name = "周志刚", registrationNumber = "建[造]17610000321" } })).ProblemAsync(HttpStatusCode.Conflict, "signatory-not-registered");
        Assert.Contains("复核人周志刚（建[造]17610000321）", refused.Text("detail"), StringComparison.Ordinal);
        var wrongName = await (await consultant.PostAsJsonAsync($"/api/projects/{code}/submit",
            new { compiler = new { name = "赵明", registrationNumber = "建[造]16610000123" } })).ProblemAsync(HttpStatusCode.Conflict, "signatory-not-registered");
        Assert.Contains("在册姓名为“赵明远”", wrongName.Text("detail"), StringComparison.Ordinal);
        var badBody = await consultant.PostAsJsonAsync($"/api/projects/{code}/submit", new { compiler = new { registrationNumber = "建[造]16610000123" } });
        Assert.Equal(HttpStatusCode.BadRequest, badBody.StatusCode);
        Assert.Contains("compiler.name", await badBody.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("draft", (await (await consultant.GetAsync($"/api/projects/{code}/ceiling-price")).JsonAsync()).GetProperty("status").GetString());

        // Named at submission over the 扉页: 钱卫东 is on the register.
        var submitted = await (await consultant.PostAsJsonAsync($"/api/projects/{code}/submit", new { compiler = new { name = "钱卫东" } })).JsonAsync();
        Assert.Equal("陕1612000789", submitted.GetProperty("compiler").GetProperty("registrationNumber").GetString());
        Assert.Equal("孙丽华", submitted.GetProperty("reviewer").GetProperty("name").GetString());
    }

    [Fact]
    public async Task The_firms_consultant_keeps_the_register_and_a_bad_roster_changes_nothing()
    {
        var consultant = await factory.ConsultantAsync();
        var added = await consultant.PostAsJsonAsync($"/api/firms/{Firm}/engineers", new { name = "郑  芳", registrationNumber = "建［造］19610000111" });
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        Assert.Contains(await NumbersAsync(consultant), n => n == "建[造]19610000111");

        var held = await consultant.PostAsJsonAsync($"/api/firms/{Firm}/engineers", new { name = "周志刚", registrationNumber = "建[造]17610000321" });
        Assert.Equal(HttpStatusCode.Conflict, held.StatusCode);
        Assert.Contains("西安长安建设项目管理咨询有限公司", await held.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await (await factory.OtherFirmConsultantAsync()).GetAsync($"/api/firms/{Firm}/engineers")).StatusCode);

        var before = await NumbersAsync(consultant);
        var bad = await PostRosterAsync(consultant, ("赵明远", "建[造]16610000123"), ("孙丽华", ""), ("钱卫东", "陕1612000789"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
        var error = Assert.Single((await bad.JsonAsync()).GetProperty("errors").EnumerateArray());
        Assert.Equal(("名册", 4, "C"), (error.Text("sheet"), error.GetProperty("row").GetInt32(), error.Text("column")));
        Assert.Equal(before, await NumbersAsync(consultant));

        var good = await PostRosterAsync(consultant, ("赵明远", "建[造]16610000123"), ("孙丽华", "建[造]16610000456"), ("钱卫东", "陕1612000789"), ("郑芳", "建[造]19610000111"));
        Assert.Equal(HttpStatusCode.OK, good.StatusCode);
        Assert.Equal(4, (await good.JsonAsync()).GetProperty("items").GetArrayLength());
        Assert.Equal(HttpStatusCode.OK, (await consultant.DeleteAsync($"/api/firms/{Firm}/engineers/{Uri.EscapeDataString("建[造]19610000111")}")).StatusCode);
        Assert.DoesNotContain(await NumbersAsync(consultant), n => n == "建[造]19610000111");
    }

    private static async Task<List<string>> NumbersAsync(HttpClient client) =>
        [.. (await (await client.GetAsync($"/api/firms/{Firm}/engineers")).JsonAsync()).GetProperty("items").EnumerateArray()
            .Select(e => e.GetProperty("registrationNumber").GetString()!)];

    /// <summary>A roster as a firm's office keeps it: a title row, then 序号, 姓名, 注册证号 and a column the reader ignores.</summary>
    private static Task<HttpResponseMessage> PostRosterAsync(HttpClient client, params (string Name, string Number)[] rows)
    {
        using var stream = new MemoryStream();
        using (var workbook = new XLWorkbook())
        {
            var sheet = workbook.AddWorksheet("名册");
            sheet.Cell(1, 1).SetValue("注册造价工程师名册");
            sheet.Cell(2, 1).SetValue("序号");
            sheet.Cell(2, 2).SetValue("姓 名");
            sheet.Cell(2, 3).SetValue("注册证号");
            sheet.Cell(2, 4).SetValue("专业");
            for (var i = 0; i < rows.Length; i++)
            {
                sheet.Cell(3 + i, 1).SetValue(i + 1);
                sheet.Cell(3 + i, 2).SetValue(rows[i].Name);
                sheet.Cell(3 + i, 3).SetValue(rows[i].Number);
                sheet.Cell(3 + i, 4).SetValue("土木建筑工程");
            }

            workbook.SaveAs(stream);
        }

        return client.PostAsync($"/api/firms/{Firm}/engineers/roster", new MultipartFormDataContent { { new ByteArrayContent(stream.ToArray()), "file", "名册.xlsx" } });
    }

    private static byte[] Workbook(Action<Stream> write)
    {
        using var stream = new MemoryStream();
        write(stream);
        return stream.ToArray();
    }
}
