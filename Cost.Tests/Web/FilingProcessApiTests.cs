using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Cost.Silos.Accounts;
using Cost.Tests.Domain.Credit;
using Cost.Web.Auth;
using Microsoft.Extensions.DependencyInjection;

namespace Cost.Tests.Web;

/// <summary>The bureau returns a submission with a reason; the firm corrects and resubmits; a second return records B02.</summary>
[Collection(WebSuite.Name)]
public sealed class FilingProcessApiTests(CostWebFactory factory)
{
    [Fact]
    public async Task A_returned_submission_goes_back_to_the_firm_which_corrects_and_resubmits_it()
    {
        var consultant = await factory.ConsultantAsync();
        var bureau = await factory.BureauAsync();
        var code = await SubmittedAsync(consultant);

        var returned = await bureau.PostAsJsonAsync($"/api/projects/{code}/return", new { reason = "  表-11 安全文明施工费费率与规定不符  " });

        Assert.Equal(HttpStatusCode.OK, returned.StatusCode);
        var json = await returned.JsonAsync();
        Assert.Equal("returned", json.Text("status"));
        var why = json.GetProperty("returned");
        Assert.Equal("表-11 安全文明施工费费率与规定不符", why.Text("reason"));
        Assert.Equal("bureau", why.Text("returnedBy"));
        Assert.True(why.GetProperty("returnedAt").GetDateTimeOffset() > DateTimeOffset.UtcNow.AddMinutes(-5));
        await (await consultant.PostAsync($"/api/projects/{code}/submit", null)).ProblemAsync(HttpStatusCode.Conflict, "conflict");
        await (await bureau.PostAsync($"/api/projects/{code}/file", null)).ProblemAsync(HttpStatusCode.Conflict, "conflict");

        Assert.Equal(2, (await (await consultant.UploadAsync(code, Tenders.Sample)).JsonAsync()).GetProperty("version").GetInt32());
        Assert.Equal(HttpStatusCode.OK, (await consultant.PostAsync($"/api/projects/{code}/submit", null)).StatusCode);
        var filed = await (await bureau.PostAsync($"/api/projects/{code}/file", null)).JsonAsync();
        Assert.Equal("filed", filed.Text("status"));
        Assert.Equal(2, filed.GetProperty("version").GetInt32());
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("""{ "reason": "不对" }""")]
    [InlineData("""{ "reason": "      " }""")]
    public async Task A_return_without_a_reason_of_five_characters_is_400_naming_reason_and_changes_nothing(string body)
    {
        var consultant = await factory.ConsultantAsync();
        var code = await SubmittedAsync(consultant);

        var response = await (await factory.BureauAsync()).PostAsync($"/api/projects/{code}/return",
            new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest, "validation");
        Assert.Equal("reason", problem.GetProperty("errors")[0].Text("field"));
        Assert.Equal("submitted", (await (await consultant.GetAsync($"/api/projects/{code}/ceiling-price")).JsonAsync()).Text("status"));
    }

    [Fact]
    public async Task Returning_a_version_that_is_not_submitted_is_409_not_submitted()
    {
        var consultant = await factory.ConsultantAsync();
        var bureau = await factory.BureauAsync();
        var code = await Tenders.RegisterAsync(consultant);
        await (await bureau.PostAsJsonAsync($"/api/projects/{code}/return", new { reason = "尚未上传任何清单" })).ProblemAsync(HttpStatusCode.Conflict, "not-submitted");
        Assert.Equal(HttpStatusCode.OK, (await consultant.UploadAsync(code, Tenders.Sample)).StatusCode);
        await (await bureau.PostAsJsonAsync($"/api/projects/{code}/return", new { reason = "草稿还没有提交" })).ProblemAsync(HttpStatusCode.Conflict, "not-submitted");

        var (filed, _) = await Tenders.FiledAsync(factory);
        await (await bureau.PostAsJsonAsync($"/api/projects/{filed}/return", new { reason = "已备案的版本不能退回" })).ProblemAsync(HttpStatusCode.Conflict, "not-submitted");
    }

    [Fact]
    public async Task A_second_return_of_the_same_tender_records_B02_for_the_firm_once()
    {
        var firm = CreditBuilder.NewCode();
        var bureau = await factory.BureauAsync();
        Assert.Equal(HttpStatusCode.Created, (await bureau.PostAsJsonAsync("/api/firms", new { creditCode = firm, name = "退回测试造价咨询有限公司" })).StatusCode);
        var consultant = await ConsultantOfAsync(firm);
        var code = await Tenders.RegisterAsync(consultant);

        for (var i = 1; i <= 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await consultant.UploadAsync(code, Tenders.Sample)).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await consultant.PostAsync($"/api/projects/{code}/submit", null)).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await bureau.PostAsJsonAsync($"/api/projects/{code}/return", new { reason = $"第 {i} 次：清单计价有误" })).StatusCode);
            // Raised on the second return and notified to the firm at once; it counts once decided and publicised.
            var records = (await (await consultant.GetAsync($"/api/firms/{firm}/file")).JsonAsync()).GetProperty("records").EnumerateArray().ToList();
            Assert.Equal(i >= 2 ? 1 : 0, records.Count(r => r.Text("ruleCode") == "B02" && r.Text("status") == "notified"));
        }
    }

    [Fact]
    public async Task Each_filing_takes_the_next_number_of_its_year_and_the_ceiling_price_carries_it()
    {
        var consultant = await factory.ConsultantAsync();
        var bureau = await factory.BureauAsync();
        var first = await SubmittedAsync(consultant);
        var second = await SubmittedAsync(consultant);
        Assert.Equal(JsonValueKind.Null, (await (await consultant.GetAsync($"/api/projects/{first}/ceiling-price")).JsonAsync()).GetProperty("filingNumber").ValueKind);

        var a = (await (await bureau.PostAsync($"/api/projects/{first}/file", null)).JsonAsync()).Text("filingNumber")!;
        var b = (await (await bureau.PostAsync($"/api/projects/{second}/file", null)).JsonAsync()).Text("filingNumber")!;

        var year = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).Year;
        var pattern = new Regex($"^西造价备〔{year}〕(\\d{{4,}})号$");
        Assert.Equal(int.Parse(pattern.Match(a).Groups[1].Value, CultureInfo.InvariantCulture) + 1, int.Parse(pattern.Match(b).Groups[1].Value, CultureInfo.InvariantCulture));
        Assert.Equal(a, (await (await consultant.GetAsync($"/api/projects/{first}/ceiling-price")).JsonAsync()).Text("filingNumber"));
        var published = await (await bureau.PostAsync($"/api/projects/{first}/publish", null)).JsonAsync();
        Assert.Equal(a, published.Text("filingNumber"));
    }

    private static async Task<string> SubmittedAsync(HttpClient consultant)
    {
        var code = await Tenders.RegisterAsync(consultant);
        Assert.Equal(HttpStatusCode.OK, (await consultant.UploadAsync(code, Tenders.Sample)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await consultant.PostAsync($"/api/projects/{code}/submit", null)).StatusCode);
        return code;
    }

    private async Task<HttpClient> ConsultantOfAsync(string firm)
    {
        var userName = $"r{Guid.NewGuid():N}"[..16];
        await factory.Services.GetRequiredService<AccountDirectory>().AddUserAsync(
            new UserAccount(userName, "退回测试编制人", PasswordHasher.Hash("test-pass"), Roles.Consultant, firm));
        return await factory.SignedInAsync(userName, "test-pass");
    }
}
