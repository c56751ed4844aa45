using System.Net;
using System.Net.Http.Json;

namespace Cost.Tests.Web;

/// <summary>The project page of the filing process: the bureau returns with a reason; every return shows; the buttons ask first.</summary>
[Collection(WebSuite.Name)]
public sealed class FilingProcessPageTests(CostWebFactory factory)
{
    [Fact]
    public async Task The_bureau_returns_from_the_page_and_the_firm_sees_every_return_with_reason_person_and_time()
    {
        var consultant = await factory.ConsultantAsync();
        var code = await Tenders.RegisterAsync(consultant);
        Assert.Equal(HttpStatusCode.OK, (await consultant.UploadAsync(code, Tenders.Sample)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await consultant.PostAsync($"/api/projects/{code}/submit", null)).StatusCode);
        var bureau = await BrowserSession.SignedInAsync(factory, "bureau", "bureau-demo");
        var queued = await (await bureau.GetAsync($"/projects/{code}")).Content.ReadAsStringAsync();
        Assert.Contains("data-confirm=\"将第 1 版连同退回理由退回编制单位？", queued, StringComparison.Ordinal);
        Assert.Contains("data-confirm=\"备案第 1 版", queued, StringComparison.Ordinal);

        var page = await bureau.FollowAsync(await bureau.PostFormAsync($"/projects/{code}?handler=Return", new Dictionary<string, string> { ["reason"] = "规费费率按旧文件计取，请改正" }));

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("第 1 版已退回编制单位。", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await consultant.UploadAsync(code, Tenders.Sample)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await consultant.PostAsync($"/api/projects/{code}/submit", null)).StatusCode);
        var api = await factory.BureauAsync();
        Assert.Equal(HttpStatusCode.OK, (await api.PostAsJsonAsync($"/api/projects/{code}/return", new { reason = "第二次：税金计算基础有误" })).StatusCode);

        var html = await consultant.GetStringAsync($"/projects/{code}");

        Assert.Contains("退回记录（2 次）", html, StringComparison.Ordinal);
        var first = html.IndexOf("退回理由：规费费率按旧文件计取，请改正", StringComparison.Ordinal);
        Assert.InRange(first, 0, html.IndexOf("退回理由：第二次：税金计算基础有误", StringComparison.Ordinal) - 1);
        Assert.Contains("退回人 bureau", html, StringComparison.Ordinal);
        Assert.Contains("上传并检查", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_return_from_the_page_without_a_reason_says_why_and_changes_nothing()
    {
        var consultant = await factory.ConsultantAsync();
        var code = await Tenders.RegisterAsync(consultant);
        Assert.Equal(HttpStatusCode.OK, (await consultant.UploadAsync(code, Tenders.Sample)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await consultant.PostAsync($"/api/projects/{code}/submit", null)).StatusCode);
        var bureau = await BrowserSession.SignedInAsync(factory, "bureau", "bureau-demo");

        var page = await bureau.FollowAsync(await bureau.PostFormAsync($"/projects/{code}?handler=Return", new Dictionary<string, string> { ["reason"] = "错" }));

        Assert.Contains("退回理由必填，至少 5 个字", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("submitted", (await (await consultant.GetAsync($"/api/projects/{code}/ceiling-price")).JsonAsync()).Text("status"));
    }

    [Fact]
    public async Task The_bureau_queue_opens_on_the_submitted_projects_with_a_count_per_status()
    {
        var consultant = await factory.ConsultantAsync();
        var code = await Tenders.RegisterAsync(consultant, "队列测试教学楼");
        Assert.Equal(HttpStatusCode.OK, (await consultant.UploadAsync(code, Tenders.Sample)).StatusCode);
        var bureau = await factory.BureauAsync();
        var draftQueue = await bureau.GetStringAsync("/projects");
        Assert.DoesNotContain(code, draftQueue, StringComparison.Ordinal);
        Assert.Contains(code, await bureau.GetStringAsync("/projects?status=all"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await consultant.PostAsync($"/api/projects/{code}/submit", null)).StatusCode);

        var queue = await bureau.GetStringAsync("/projects");

        Assert.Contains(code, queue, StringComparison.Ordinal);
        Assert.Matches("<a href=\"/projects\\?status=submitted\" aria-current=\"page\">待备案（[1-9]\\d*）</a>", queue);
        Assert.Matches("<a href=\"/projects\\?status=returned\">已退回（\\d+）</a>", queue);
    }

    [Fact]
    public async Task The_project_page_states_the_price_in_ten_thousands_in_capitals_and_per_square_metre()
    {
        var consultant = await factory.ConsultantAsync();
        var code = await Tenders.RegisterAsync(consultant);
        var total = (await (await consultant.UploadAsync(code, Tenders.Sample)).JsonAsync()).GetProperty("total").GetDecimal();

        var html = await consultant.GetStringAsync($"/projects/{code}");

        Assert.Contains($"{Cost.Domain.Money.TenThousands(total):#,##0.00} 万元", html, StringComparison.Ordinal);
        Assert.Contains($"人民币大写 {Cost.Domain.ChineseAmount.Of(total)}", html, StringComparison.Ordinal);
        Assert.Contains($"单方造价 {Cost.Domain.Money.PerSquareMetre(total, 8000m):#,##0.00} 元/m²", html, StringComparison.Ordinal);
    }
}
