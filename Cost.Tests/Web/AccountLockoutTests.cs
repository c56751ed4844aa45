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
    public async Task Five_wrong_passwords_lock_the_account_and_only_the_right_password_is_told()
    {
        var user = await AccountAsync();
        var client = factory.CreateClient();

        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await TokenAsync(client, user, "wrong")).StatusCode);
        }

        // Locked: a wrong password (and an unknown name) still answer exactly as before; the right one is told.
        var wrong = await TokenAsync(client, user, "wrong");
        var unknown = await TokenAsync(client, $"nobody-{Guid.NewGuid():N}", "wrong");
        var right = await TokenAsync(client, user, Password);

        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(unknown.StatusCode, wrong.StatusCode);
        Assert.Equal((await unknown.JsonAsync()).GetProperty("detail").GetString(), (await wrong.JsonAsync()).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.TooManyRequests, right.StatusCode);
        Assert.Equal("application/problem+json", right.Content.Headers.ContentType?.MediaType);
        Assert.Contains("账号已锁定至", (await right.JsonAsync()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.InRange(right.Headers.RetryAfter!.Delta!.Value.TotalSeconds, 800, 900);
        Assert.Equal(HttpStatusCode.OK, (await TokenAsync(client, "consultant", "consultant-demo")).StatusCode);
    }

    [Fact]
    public async Task A_client_address_that_keeps_failing_waits_longer_each_time_whatever_the_names()
    {
        var accounts = factory.Services.GetRequiredService<AccountService>();
        var address = $"203.0.113.{Random.Shared.Next(1, 250)}";
        var free = accounts.Lockout.ClientFreeFailures;
        for (var i = 0; i < free; i++)
        {
            Assert.Equal(401, (await accounts.SignInAsync($"guess-{i}", "wrong", address, CancellationToken.None)).Status);
        }

        var waiting = await accounts.SignInAsync("consultant", "consultant-demo", address, CancellationToken.None);

        Assert.Equal(429, waiting.Status);
        Assert.Contains("本机登录失败次数过多", waiting.Message, StringComparison.Ordinal);
        Assert.NotNull((await accounts.SignInAsync("consultant", "consultant-demo", "198.51.100.7", CancellationToken.None)).User);
    }

    [Fact]
    public async Task Disabled_and_pending_accounts_say_so_only_to_their_right_password()
    {
        var user = await AccountAsync();
        var directory = factory.Services.GetRequiredService<AccountDirectory>();
        await directory.SetStatusAsync(user, AccountStatus.Disabled, (AccountStatus.Active, AccountStatus.Pending), DateTimeOffset.UtcNow, "test");
        var client = factory.CreateClient();

        Assert.Equal(HttpStatusCode.Unauthorized, (await TokenAsync(client, user, "wrong")).StatusCode);
        var right = await TokenAsync(client, user, Password);
        Assert.Equal(HttpStatusCode.Forbidden, right.StatusCode);
        Assert.Contains("账号已停用", (await right.JsonAsync()).GetProperty("detail").GetString(), StringComparison.Ordinal);
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
        var attempt = await accounts.SignInAsync(user, Password, null, CancellationToken.None);

        Assert.Null(attempt.User);
        Assert.NotNull(attempt.RetryAt);
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
