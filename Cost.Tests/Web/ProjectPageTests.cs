using System.Net;
using System.Net.Http.Headers;
using Cost.Samples;

namespace Cost.Tests.Web;

/// <summary>The project page (/projects/{tenderCode}) as a browser gets it: findings grouped by unit work, and their workbook.</summary>
[Collection(WebSuite.Name)]
public sealed class ProjectPageTests(CostWebFactory factory)
{
    private static readonly byte[] WorkbookWithErrors = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "data", "samples", SampleWorkbooks.WithErrorsFileName));

    [Fact]
    public async Task Findings_are_grouped_by_unit_work_with_their_counts_and_a_link_to_the_workbook()
    {
        var consultant = await factory.ConsultantAsync();
        var code = await Tenders.RegisterAsync(consultant, SampleBoq.TenderName);
        var upload = await consultant.UploadAsync(code, WorkbookWithErrors);
        Assert.Equal(HttpStatusCode.OK, upload.StatusCode);
        var all = (await upload.JsonAsync()).GetProperty("findings").EnumerateArray().ToList();
        var errors = all.Where(f => f.Text("severity") == "error").GroupBy(f => f.Text("unit")).ToDictionary(g => g.Key ?? "", g => g.Count());
        var measured = all.First(f => f.TryGetProperty("stated", out _) && f.TryGetProperty("expected", out _));
        var difference = measured.GetProperty("stated").GetDecimal() - measured.GetProperty("expected").GetDecimal();

        var html = await consultant.GetStringAsync($"/projects/{code}");

        var findings = html[html.IndexOf("id=\"findings-heading\"", StringComparison.Ordinal)..];
        var building = findings.IndexOf($">{SampleBoq.BuildingUnit}", StringComparison.Ordinal);
        var plumbing = findings.IndexOf($">{SampleBoq.PlumbingUnit}", StringComparison.Ordinal);
        Assert.InRange(building, 0, plumbing - 1); // the workbook's order
        Assert.Contains($"{errors[SampleBoq.BuildingUnit]} 个错误</span>", findings[building..plumbing], StringComparison.Ordinal);
        Assert.Contains($"{errors[SampleBoq.PlumbingUnit]} 个错误</span>", findings[plumbing..], StringComparison.Ordinal);
        Assert.Contains("合价计算", findings[building..plumbing], StringComparison.Ordinal);
        Assert.Contains("矩形柱", findings[building..plumbing], StringComparison.Ordinal);
        Assert.Contains($"href=\"/api/projects/{code}/findings.xlsx\"", html, StringComparison.Ordinal);
        Assert.Contains($"有 {errors.Values.Sum()} 个错误，不能提交备案", html, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"alert ok\"", html, StringComparison.Ordinal);
        // Each finding with a stated and an expected value shows the difference, signed.
        Assert.Contains($"<td data-label=\"差额\" class=\"num\">{(difference > 0 ? "&#x2B;" : "")}{difference.ToString("#,##0.00", System.Globalization.CultureInfo.InvariantCulture)}</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_upload_with_errors_is_no_green_success_and_its_findings_download_with_the_log_in_cookie()
    {
        var consultant = await factory.ConsultantAsync();
        var code = await Tenders.RegisterAsync(consultant, SampleBoq.TenderName);
        var browser = await BrowserSession.SignedInAsync(factory, "consultant", "consultant-demo");
        var file = new ByteArrayContent(WorkbookWithErrors);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        var form = new MultipartFormDataContent { { file, "file", SampleWorkbooks.WithErrorsFileName }, { new StringContent(browser.Token), "__RequestVerificationToken" } };

        var page = await browser.FollowAsync(await browser.SendAsync(new HttpRequestMessage(HttpMethod.Post, $"/projects/{code}?handler=Upload") { Content = form }));

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Matches("<div class=\"alert error\" role=\"status\">已上传第 1 版，但有 \\d+ 个错误，不能提交备案", html);
        Assert.DoesNotContain("class=\"alert ok\"", html, StringComparison.Ordinal);
        var download = await browser.GetAsync($"/api/projects/{code}/findings.xlsx");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", download.Content.Headers.ContentType?.MediaType);
    }
}
