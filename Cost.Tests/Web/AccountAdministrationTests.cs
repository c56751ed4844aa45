using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace Cost.Tests.Web;

/// <summary>
/// Accounts a bureau can run: disable and enable, reset a password, change a role or firm — each ends the account's
/// sessions at their next request — and a consultant's own registration, usable only once the bureau approves it.
/// </summary>
public sealed class AccountAdministrationTests(CostWebFactory factory) : IClassFixture<CostWebFactory>
{
    private const string Firm = "91610113MA6W8K3Q77";

    [Fact]
    public async Task Disabling_ends_the_sessions_at_once_and_only_the_right_password_hears_why()
    {
        var bureau = await factory.BureauAsync();
        var (user, password) = await NewConsultantAsync(bureau);
        var token = await TokenClientAsync(user, password);
        Assert.Equal(HttpStatusCode.OK, (await token.GetAsync("/api/projects")).StatusCode);

        var disabled = await bureau.PostAsync($"/api/accounts/{user}/disable", null);

        Assert.Equal("disabled", (await disabled.JsonAsync()).Text("status"));
        Assert.Equal(HttpStatusCode.Unauthorized, (await token.GetAsync("/api/projects")).StatusCode);
        var right = await factory.CreateClient().PostAsJsonAsync("/api/auth/token", new { userName = user, password });
        Assert.Equal(HttpStatusCode.Forbidden, right.StatusCode);
        Assert.Contains("账号已停用", (await right.JsonAsync()).Text("detail"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateClient().PostAsJsonAsync("/api/auth/token", new { userName = user, password = "wrong-one-123" })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await bureau.PostAsync($"/api/accounts/{user}/disable", null)).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await bureau.PostAsync($"/api/accounts/{user}/enable", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await TokenClientAsync(user, password)).GetAsync("/api/projects")).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await bureau.PostAsync("/api/accounts/bureau/disable", null)).StatusCode);
    }

    [Fact]
    public async Task A_reset_password_is_temporary_and_a_role_change_ends_the_cookie()
    {
        var bureau = await factory.BureauAsync();
        var (user, password) = await NewConsultantAsync(bureau);
        var browser = await BrowserSession.SignedInAsync(factory, user, password);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/projects")).StatusCode);

        var moved = await bureau.PutAsJsonAsync($"/api/accounts/{user}", new { role = "Consultant", firmCreditCode = "91610112MA6TX2LC1W" });
        Assert.Equal("91610112MA6TX2LC1W", (await moved.JsonAsync()).Text("firmCreditCode"));
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/projects")).StatusCode);
        var badRole = await bureau.PutAsJsonAsync($"/api/accounts/{user}", new { role = "Consultant", firmCreditCode = "91000000000000000X" });
        Assert.Equal(HttpStatusCode.BadRequest, badRole.StatusCode);

        var reset = await (await bureau.PostAsync($"/api/accounts/{user}/reset-password", null)).JsonAsync();
        var temporary = reset.Text("initialPassword")!;
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateClient().PostAsJsonAsync("/api/auth/token", new { userName = user, password })).StatusCode);
        var answer = await (await factory.CreateClient().PostAsJsonAsync("/api/auth/token", new { userName = user, password = temporary })).JsonAsync();
        Assert.True(answer.GetProperty("mustChangePassword").GetBoolean());
    }

    [Fact]
    public async Task A_consultant_registers_and_signs_in_only_after_the_bureau_approves()
    {
        var anonymous = factory.CreateClient();
        var user = $"reg-{Guid.NewGuid():N}"[..16];
        const string password = "秦川新人自己设的登录密码";
        var weak = await anonymous.PostAsJsonAsync("/api/register", new { userName = user, displayName = "新人", firmCreditCode = Firm, password = "12345678" });
        Assert.Equal(HttpStatusCode.BadRequest, weak.StatusCode);
        Assert.Contains("password", await weak.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var unknownFirm = await anonymous.PostAsJsonAsync("/api/register", new { userName = user, displayName = "新人", firmCreditCode = "91000000000000000X", password });
        Assert.Contains("firmCreditCode", await unknownFirm.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var registered = await anonymous.PostAsJsonAsync("/api/register", new { userName = user, displayName = "新人", firmCreditCode = Firm.ToLowerInvariant(), password });

        Assert.Equal(HttpStatusCode.Accepted, registered.StatusCode);
        Assert.Equal("pending", (await registered.JsonAsync()).Text("status"));
        var early = await anonymous.PostAsJsonAsync("/api/auth/token", new { userName = user, password });
        Assert.Equal(HttpStatusCode.Forbidden, early.StatusCode);
        Assert.Contains("待造价站审核", (await early.JsonAsync()).Text("detail"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, (await anonymous.PostAsJsonAsync("/api/register", new { userName = user, displayName = "冒名", firmCreditCode = Firm, password })).StatusCode);

        var bureau = await factory.BureauAsync();
        var listed = (await (await bureau.GetAsync("/api/accounts")).JsonAsync()).GetProperty("items").EnumerateArray().First();
        Assert.Equal((user, "pending"), (listed.Text("userName"), listed.Text("status")));
        Assert.Equal(HttpStatusCode.OK, (await bureau.PostAsync($"/api/accounts/{user}/enable", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await TokenClientAsync(user, password)).GetAsync("/api/projects")).StatusCode);
    }

    [Fact]
    public async Task A_cookie_survives_a_restart_and_another_installation_never_accepts_it()
    {
        var browser = await BrowserSession.SignedInAsync(factory, "consultant", "consultant-demo");
        await using var restarted = new CostWebFactory(Path.GetDirectoryName(factory.DatabasePath)!, new Dictionary<string, string>());
        await using var other = new CostWebFactory();

        Assert.Equal(HttpStatusCode.OK, (await browser.CarriedTo(restarted).GetAsync("/projects")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.CarriedTo(other).GetAsync("/projects")).StatusCode);
    }

    private async Task<(string User, string Password)> NewConsultantAsync(HttpClient bureau)
    {
        var user = $"adm-{Guid.NewGuid():N}"[..16];
        var created = await (await bureau.PostAsJsonAsync("/api/accounts", new { userName = user, displayName = "账号管理测试", role = "Consultant", firmCreditCode = Firm })).JsonAsync();
        var temporary = created.Text("initialPassword")!;
        var client = await TokenClientAsync(user, temporary);
        const string password = "账号管理测试的新密码";
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync("/api/account/password", new { currentPassword = temporary, newPassword = password })).StatusCode);
        return (user, password);
    }

    private async Task<HttpClient> TokenClientAsync(string user, string password)
    {
        var answer = await (await factory.CreateClient().PostAsJsonAsync("/api/auth/token", new { userName = user, password })).JsonAsync();
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", answer.Text("accessToken"));
        return client;
    }
}
