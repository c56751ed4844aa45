using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;

namespace Cost.Tests.Web;

/// <summary>Anyone checks a filing by its number, and whether the workbook they hold is the filed one.</summary>
[Collection(WebSuite.Name)]
public sealed class FilingVerificationTests(CostWebFactory factory)
{
    [Fact]
    public async Task Anyone_reads_a_filing_by_its_number()
    {
        var (code, total) = await Tenders.FiledAsync(factory);
        var number = await NumberAsync(code);

        var response = await factory.CreateClient().GetAsync($"/api/public/filings/{Uri.EscapeDataString(number)}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var filing = await response.JsonAsync();
        Assert.Equal(number, filing.Text("filingNumber"));
        Assert.Equal(code, filing.Text("tenderCode"));
        Assert.Equal("交换测试学校", filing.Text("tenderName"));
        Assert.Equal(1, filing.GetProperty("version").GetInt32());
        Assert.Equal(total, filing.GetProperty("total").GetDecimal());
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Tenders.Sample)), filing.Text("sha256"));
        Assert.Equal("filed", filing.Text("status"));
        Assert.True(filing.GetProperty("filedAt").GetDateTimeOffset() > DateTimeOffset.UtcNow.AddMinutes(-5));
    }

    [Fact]
    public async Task An_unknown_number_is_404()
    {
        var response = await factory.CreateClient().GetAsync($"/api/public/filings/{Uri.EscapeDataString("西造价备〔1999〕9999号")}");
        await response.ProblemAsync(HttpStatusCode.NotFound, "not-found");
    }

    [Fact]
    public async Task The_verify_page_shows_the_filing_and_says_whether_a_dropped_workbook_is_the_filed_one()
    {
        var (code, _) = await Tenders.FiledAsync(factory);
        var number = await NumberAsync(code);
        var visitor = await BrowserSession.AnonymousAsync(factory);

        var search = await visitor.GetAsync($"/verify?q={Uri.EscapeDataString(number)}");
        Assert.Equal(HttpStatusCode.Redirect, search.StatusCode);
        Assert.Equal($"/verify/{Uri.EscapeDataString(number)}", search.Headers.Location?.OriginalString);
        var page = await (await visitor.GetAsync($"/verify/{Uri.EscapeDataString(number)}")).Content.ReadAsStringAsync();
        Assert.Contains(number, page, StringComparison.Ordinal);
        Assert.Contains(code, page, StringComparison.Ordinal);
        Assert.Contains(Cost.Domain.ChineseAmount.Of((await (await factory.CreateClient().GetAsync($"/api/public/filings/{Uri.EscapeDataString(number)}")).JsonAsync()).GetProperty("total").GetDecimal()), page, StringComparison.Ordinal);

        Assert.Contains("<strong>一致</strong>", await CheckAsync(visitor, number, Tenders.Sample), StringComparison.Ordinal);
        var altered = Tenders.Sample.ToArray();
        altered[^1] ^= 0x01;
        Assert.Contains("<strong>不一致</strong>", await CheckAsync(visitor, number, altered), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_verify_page_says_when_a_number_is_unknown()
    {
        var visitor = await BrowserSession.AnonymousAsync(factory);
        var page = await (await visitor.GetAsync($"/verify/{Uri.EscapeDataString("西造价备〔1999〕9999号")}")).Content.ReadAsStringAsync();
        Assert.Contains("未找到备案号“西造价备〔1999〕9999号”", page, StringComparison.Ordinal);
    }

    private async Task<string> NumberAsync(string code) =>
        (await (await (await factory.BureauAsync()).GetAsync($"/api/projects/{code}/ceiling-price")).JsonAsync()).Text("filingNumber")!;

    private static async Task<string> CheckAsync(BrowserSession visitor, string number, byte[] workbook)
    {
        var file = new ByteArrayContent(workbook);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        var form = new MultipartFormDataContent { { file, "file", "我的清单.xlsx" }, { new StringContent(visitor.Token), "__RequestVerificationToken" } };
        var response = await visitor.SendAsync(new HttpRequestMessage(HttpMethod.Post, $"/verify/{Uri.EscapeDataString(number)}?handler=Check") { Content = form });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }
}
