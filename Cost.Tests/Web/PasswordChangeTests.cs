using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Cost.Silos.Accounts;
using Cost.Web.Auth;
using Microsoft.Extensions.DependencyInjection;

namespace Cost.Tests.Web;

/// <summary>POST /api/account/password and the page /account/password: the current password, then the policy; the new one signs in, the old one no longer.</summary>
[Collection(WebSuite.Name)]
public sealed class PasswordChangeTests(CostWebFactory factory)
{
    [Fact]
    public async Task A_changed_password_signs_in_and_the_old_one_no_longer_does()
    {
        var name = await NewConsultantAsync("old-password-1");
        using var client = await factory.SignedInAsync(name, "old-password-1");

        var changed = await client.PostAsJsonAsync("/api/account/password", new { currentPassword = "old-password-1", newPassword = "秦川造价新的登录密码" });

        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal(name, (await changed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("userName").GetString());
        var accounts = factory.Services.GetRequiredService<AccountService>();
        Assert.NotNull((await accounts.SignInAsync(name, "秦川造价新的登录密码", null, CancellationToken.None)).User);
        Assert.Null((await accounts.SignInAsync(name, "old-password-1", null, CancellationToken.None)).User);
    }

    [Theory]
    [InlineData("wrong-current-1", "a-long-new-password", "currentPassword")]
    [InlineData("old-password-1", "short", "newPassword")]
    [InlineData("old-password-1", "qwertyuiop", "newPassword")]
    [InlineData("old-password-1", null, "newPassword")]
    public async Task A_wrong_current_password_or_a_weak_new_one_is_400_naming_the_field_and_changes_nothing(string current, string? next, string field)
    {
        var name = await NewConsultantAsync("old-password-1");
        using var client = await factory.SignedInAsync(name, "old-password-1");

        var refused = await client.PostAsJsonAsync("/api/account/password", new { currentPassword = current, newPassword = next });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(field, problem.GetProperty("errors")[0].GetProperty("field").GetString());
        Assert.NotNull((await factory.Services.GetRequiredService<AccountService>().SignInAsync(name, "old-password-1", null, CancellationToken.None)).User);
    }

    [Fact]
    public async Task The_page_changes_the_password_and_says_why_it_refuses_a_common_one()
    {
        var name = await NewConsultantAsync("old-password-1");
        var session = await BrowserSession.SignedInAsync(factory, name, "old-password-1");

        var refused = await (await session.PostFormAsync("/account/password", new Dictionary<string, string> { ["currentPassword"] = "old-password-1", ["newPassword"] = "qwertyuiop" }))
            .Content.ReadAsStringAsync();
        Assert.Contains("太常见", refused, StringComparison.Ordinal);

        var changed = await (await session.PostFormAsync("/account/password", new Dictionary<string, string> { ["currentPassword"] = "old-password-1", ["newPassword"] = "秦川造价页面改的密码" }))
            .Content.ReadAsStringAsync();
        Assert.Contains("密码已修改", changed, StringComparison.Ordinal);
        Assert.NotNull((await factory.Services.GetRequiredService<AccountService>().SignInAsync(name, "秦川造价页面改的密码", null, CancellationToken.None)).User);
    }

    private async Task<string> NewConsultantAsync(string password)
    {
        var name = "pw" + Guid.NewGuid().ToString("N")[..10];
        await factory.Services.GetRequiredService<AccountDirectory>().AddUserAsync(new UserAccount(name, "改密码测试", PasswordHasher.Hash(password), Roles.Consultant, "91610113MA6W8K3Q77"));
        return name;
    }
}
