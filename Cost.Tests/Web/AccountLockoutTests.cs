using System.Net;
using System.Net.Http.Json;
using Cost.Silos.Accounts;
using Cost.Silos.Hosting;
using Cost.Web.Auth;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Cost.Tests.Web;

/// <summary>
/// Account lockout through the token API and the log-in page, kept in the store. Each test signs in as
/// an account of its own, so that no other test meets a locked account.
/// </summary>
[Collection(WebSuite.Name)]
public sealed class AccountLockoutTests(CostWebFactory factory)
{
    private const string Password = "right-password-2026";

    [Fact]
    public async Task Five_wrong_passwords_lock_the_token_api_with_429_and_a_chinese_problem()
    {
        var user = await AccountAsync();
        var client = factory.CreateClient();

        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await TokenAsync(client, user, "wrong")).StatusCode);
        }

        var fifth = await TokenAsync(client, user, "wrong");
        var right = await TokenAsync(client, user, Password);

        Assert.Equal(HttpStatusCode.TooManyRequests, fifth.StatusCode);
        Assert.Equal("application/problem+json", fifth.Content.Headers.ContentType?.MediaType);
        Assert.Contains("账号已锁定至", (await fifth.JsonAsync()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.TooManyRequests, right.StatusCode);
        Assert.InRange(right.Headers.RetryAfter!.Delta!.Value.TotalSeconds, 800, 900);
        Assert.Equal(HttpStatusCode.OK, (await TokenAsync(client, "consultant", "consultant-demo")).StatusCode);
    }

    [Fact]
    public async Task The_log_in_page_says_the_account_is_locked_and_signs_no_one_in()
    {
        var user = await AccountAsync();
        var browser = await BrowserSession.AnonymousAsync(factory);
        for (var i = 0; i < 5; i++)
        {
            await browser.PostFormAsync("/login", new Dictionary<string, string> { ["userName"] = user, ["password"] = "wrong" });
        }

        var right = await browser.PostFormAsync("/login", new Dictionary<string, string> { ["userName"] = user, ["password"] = Password });

        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("连续 5 次密码错误，账号已锁定至", await right.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(right.Headers.Contains("Set-Cookie") && right.Headers.GetValues("Set-Cookie").Any(c => c.StartsWith("cost.auth", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_right_password_before_the_limit_forgets_the_failures()
    {
        var user = await AccountAsync();
        var client = factory.CreateClient();
        for (var i = 0; i < 4; i++)
        {
            await TokenAsync(client, user, "wrong");
        }

        Assert.Equal(HttpStatusCode.OK, (await TokenAsync(client, user, Password)).StatusCode);
        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await TokenAsync(client, user, "wrong")).StatusCode);
        }
    }

    [Fact]
    public async Task The_lock_is_kept_in_the_store_so_another_process_sees_it()
    {
        var user = await AccountAsync();
        var client = factory.CreateClient();
        for (var i = 0; i < 5; i++)
        {
            await TokenAsync(client, user, "wrong");
        }

        // Another process (or this one after a restart): its own objects over the same store.
        var store = factory.Services.GetRequiredService<CostDatabase>();
        var database = new CostDatabase(store.Engine, store.ConnectionString);
        var accounts = new AccountService(new AccountDirectory(database), new SignInFailureLedger(database), Options.Create(new SignInLockout()),
            factory.Services.GetRequiredService<Cost.Domain.Accounts.PasswordPolicy>(), TimeProvider.System);
        var attempt = await accounts.SignInAsync(user, Password, CancellationToken.None);

        Assert.Null(attempt.User);
        Assert.NotNull(attempt.LockedUntil);
    }

    [Fact]
    public async Task Concurrent_failures_each_count()
    {
        var user = await AccountAsync();
        var client = factory.CreateClient();

        await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => TokenAsync(client, user, "wrong")));

        Assert.Equal(HttpStatusCode.TooManyRequests, (await TokenAsync(client, user, Password)).StatusCode);
    }

    private async Task<string> AccountAsync()
    {
        var user = $"lock-{Guid.NewGuid():N}";
        await factory.Services.GetRequiredService<AccountDirectory>().AddUserAsync(
            new UserAccount(user, "锁定测试", PasswordHasher.Hash(Password), Roles.Consultant, "91610113MA6W8K3Q77"));
        return user;
    }

    private static Task<HttpResponseMessage> TokenAsync(HttpClient client, string user, string password) =>
        client.PostAsJsonAsync("/api/auth/token", new { userName = user, password });
}
