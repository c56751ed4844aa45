using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace Cost.Tests.Web;

/// <summary>
/// Accounts a bureau can run: it creates a consultant with a temporary password that opens nothing but the password
/// change; once changed, the consultant works; log-out ends every session of the account (its other cookies and its
/// tokens); a taken name is 409, a consultant without a registered firm 400. Own store: these tests end sessions.
/// </summary>
public sealed class AccountSessionTests(CostWebFactory factory) : IClassFixture<CostWebFactory>
{
    private const string Firm = "91610113MA6W8K3Q77";

    [Fact]
    public async Task A_consultant_created_by_the_bureau_changes_the_temporary_password_then_uploads()
    {
        var bureau = await factory.BureauAsync();
        var created = await bureau.PostAsJsonAsync("/api/accounts", new { userName = "wang.li", displayName = "王力", role = "Consultant", firmCreditCode = Firm });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var temporary = (await created.JsonAsync()).Text("initialPassword")!;
        Assert.Equal(12, temporary.Length);

        var token = await (await factory.CreateClient().PostAsJsonAsync("/api/auth/token", new { userName = "wang.li", password = temporary })).JsonAsync();
        Assert.True(token.GetProperty("mustChangePassword").GetBoolean());
        var first = Bearer(token.Text("accessToken")!);
        await (await first.GetAsync("/api/projects")).ProblemAsync(HttpStatusCode.Forbidden, "password-change-required");
        var page = await BrowserSession.SignedInAsync(factory, "wang.li", temporary);
        var led = await page.GetAsync("/projects");
        Assert.Equal("/account/password?required=1", led.Headers.Location?.OriginalString);

        Assert.Equal(HttpStatusCode.OK, (await first.PostAsJsonAsync("/api/account/password", new { currentPassword = temporary, newPassword = "Xian-Cost-2026!" })).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await first.GetAsync("/api/projects")).StatusCode);
        var consultant = await factory.CreateClient().SignInAsync("wang.li", "Xian-Cost-2026!");
        var code = await Tenders.RegisterAsync(consultant);
        Assert.Equal(HttpStatusCode.OK, (await consultant.UploadAsync(code, Tenders.Sample)).StatusCode);
        var list = await (await bureau.GetAsync("/api/accounts")).JsonAsync();
        Assert.False(list.GetProperty("items").EnumerateArray().Single(a => a.Text("userName") == "wang.li").GetProperty("temporaryPassword").GetBoolean());
    }

    [Fact]
    public async Task Log_out_ends_the_session_everywhere()
    {
        var bureau = await factory.BureauAsync();
        var created = await (await bureau.PostAsJsonAsync("/api/accounts", new { userName = "zhao.min", displayName = "赵敏", role = "Consultant", firmCreditCode = Firm })).JsonAsync();
        var temporary = created.Text("initialPassword")!;
        var setUp = await factory.CreateClient().SignInAsync("zhao.min", temporary);
        Assert.Equal(HttpStatusCode.OK, (await setUp.PostAsJsonAsync("/api/account/password", new { currentPassword = temporary, newPassword = "Zhao-Min-Cost-26" })).StatusCode);
        var phone = await BrowserSession.SignedInAsync(factory, "zhao.min", "Zhao-Min-Cost-26");
        var desk = await BrowserSession.SignedInAsync(factory, "zhao.min", "Zhao-Min-Cost-26");
        var token = await factory.CreateClient().SignInAsync("zhao.min", "Zhao-Min-Cost-26");
        Assert.Equal(HttpStatusCode.OK, (await desk.GetAsync("/projects")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await token.GetAsync("/api/projects")).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await phone.PostFormAsync("/logout", new Dictionary<string, string>())).StatusCode);

        var after = await desk.GetAsync("/projects");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/login", after.Headers.Location?.AbsolutePath ?? after.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await token.GetAsync("/api/projects")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await factory.CreateClient().SignInAsync("zhao.min", "Zhao-Min-Cost-26")).GetAsync("/api/projects")).StatusCode);
    }

    [Fact]
    public async Task A_taken_name_is_409_and_a_consultant_needs_a_registered_firm()
    {
        var bureau = await factory.BureauAsync();
        await (await bureau.PostAsJsonAsync("/api/accounts", new { userName = "consultant", displayName = "重名", role = "Consultant", firmCreditCode = Firm }))
            .ProblemAsync(HttpStatusCode.Conflict, "conflict");
        var problem = await (await bureau.PostAsJsonAsync("/api/accounts", new { userName = "li.na", displayName = "李娜", role = "Consultant" }))
            .ProblemAsync(HttpStatusCode.BadRequest, "validation");
        Assert.Equal("firmCreditCode", Assert.Single(problem.GetProperty("errors").EnumerateArray()).Text("field"));
        Assert.Equal(HttpStatusCode.Forbidden, (await (await factory.ConsultantAsync()).PostAsJsonAsync("/api/accounts", new { userName = "x.y", displayName = "某", role = "Bureau" })).StatusCode);
    }

    private HttpClient Bearer(string token)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
