using Cost.Domain.Accounts;
using Cost.Silos.Accounts;
using Cost.Silos.Hosting;
using Cost.Web.Auth;
using Cost.Web.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Cost.Tests.Web;

/// <summary>
/// <c>accounts add-bureau NAME</c> on a store of its own: the first bureau account of a fresh store,
/// with the password read as a line from a pipe; refused with a Chinese message and a non-zero exit
/// when a bureau account exists or the password is weak.
/// </summary>
[Trait("Store", "sqlite")] // the cluster tests run the same command against PostgreSQL through its configuration
public sealed class AddBureauCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("cost-add-bureau-").FullName;

    private Dictionary<string, string?> Settings => new() { ["ConnectionStrings:Cost"] = $"Data Source={Path.Combine(_folder, "cost.db")}" };

    [Fact]
    public async Task The_first_bureau_account_of_a_fresh_store_signs_in_with_the_piped_password()
    {
        var (exitCode, output) = await AddBureauAsync("zhanjia", "西安造价站 2026 审核\n");

        Assert.Equal(0, exitCode);
        Assert.Contains("已在存储", output, StringComparison.Ordinal);
        Assert.DoesNotContain("西安造价站 2026 审核", output, StringComparison.Ordinal);
        var attempt = await SignInAsync("zhanjia", "西安造价站 2026 审核");
        Assert.Equal(Roles.Bureau, attempt.User?.Role);
        Assert.Null((await SignInAsync("zhanjia", "西安造价站 2026 审核 ")).User);
    }

    [Fact]
    public async Task A_second_bureau_account_is_refused_and_the_first_keeps_its_password()
    {
        Assert.Equal(0, (await AddBureauAsync("zhanjia", "第一个账号的那个长密码\n")).ExitCode);

        var (exitCode, output) = await AddBureauAsync("another", "第二个账号的那个长密码\n");

        Assert.Equal(1, exitCode);
        Assert.Contains("已有造价站账号", output, StringComparison.Ordinal);
        Assert.Null(await FindAsync("another"));
        Assert.NotNull((await SignInAsync("zhanjia", "第一个账号的那个长密码")).User);
        Assert.Equal(1, (await AddBureauAsync("zhanjia", "第一个账号的那个新密码\n")).ExitCode);
        Assert.NotNull((await SignInAsync("zhanjia", "第一个账号的那个长密码")).User);
    }

    [Theory]
    [InlineData("short\n", "至少 10 个字符")]
    [InlineData("1234567890\n", "太常见")]
    [InlineData("Zhanjia-station-2026\n", "用户名")]
    [InlineData("", "没有读到密码")]
    public async Task A_weak_or_missing_password_creates_nothing(string piped, string says)
    {
        var (exitCode, output) = await AddBureauAsync("zhanjia", piped);

        Assert.Equal(1, exitCode);
        Assert.Contains(says, output, StringComparison.Ordinal);
        Assert.Null(await FindAsync("zhanjia"));
    }

    [Fact]
    public async Task Without_a_name_the_command_prints_its_usage()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(Settings).Build();
        using var output = new StringWriter();

        Assert.Equal(2, await StoreCommand.Parse(["accounts", "add-bureau"])!.RunAsync(configuration, new StringReader("西安造价站 2026 审核\n"), output));
        Assert.Contains("accounts add-bureau <用户名>", output.ToString(), StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private async Task<(int ExitCode, string Output)> AddBureauAsync(string name, string piped)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(Settings).Build();
        using var input = new StringReader(piped);
        using var output = new StringWriter();
        var exitCode = await StoreCommand.Parse(["accounts", "add-bureau", name])!.RunAsync(configuration, input, output);
        return (exitCode, output.ToString());
    }

    private async Task<UserAccount?> FindAsync(string name)
    {
        await using var services = Services();
        return await services.GetRequiredService<AccountDirectory>().FindUserAsync(name);
    }

    /// <summary>The sign-in of the token API and the log-in page, against the command's store.</summary>
    private async Task<SignInAttempt> SignInAsync(string name, string password)
    {
        await using var services = Services();
        var accounts = new AccountService(
            services.GetRequiredService<AccountDirectory>(), new SignInFailureLedger(services.GetRequiredService<CostDatabase>()),
            Options.Create(new SignInLockout()), services.GetRequiredService<PasswordPolicy>(), TimeProvider.System);
        return await accounts.SignInAsync(name, password, null, CancellationToken.None);
    }

    private ServiceProvider Services() =>
        new ServiceCollection().AddCostCore(new ConfigurationBuilder().AddInMemoryCollection(Settings).Build()).BuildServiceProvider();
}
