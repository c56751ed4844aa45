using Cost.Domain.Accounts;
using Cost.Silos.Accounts;
using Cost.Silos.Hosting;
using Cost.Web.Auth;

namespace Cost.Web.Hosting;

/// <summary>
/// <c>accounts add-bureau &lt;name&gt;</c>: the first bureau account of a store where none exists, for a
/// Production installation that has no demo accounts. The password is read as one line from the input
/// (a pipe, or the terminal without echo), never from the arguments, and must pass the password policy.
/// Exit 0 created; 1 refused (a bureau account exists, the name is taken or the password is refused).
/// </summary>
public static class AddBureauCommand
{
    /// <summary>The longest user name the users table holds.</summary>
    private const int MaxUserNameLength = 64;

    public static async Task<int> RunAsync(IServiceProvider services, string userName, TextReader input, TextWriter output, CancellationToken cancellationToken)
    {
        var name = userName.Trim();
        if (name.Length is 0 or > MaxUserNameLength || name.Any(char.IsWhiteSpace))
        {
            await output.WriteLineAsync($"用户名须为 1 到 {MaxUserNameLength} 个字符，不含空格。");
            return 1;
        }

        var directory = services.GetRequiredService<AccountDirectory>();
        if (await directory.FindUserAsync(name, cancellationToken) is { Role: not Roles.Bureau })
        {
            await output.WriteLineAsync($"用户名 {name} 已被其他账号占用：请换一个用户名。");
            return 1;
        }

        await output.WriteLineAsync($"请输入造价站账号 {name} 的密码（一行；至少 {PasswordPolicy.MinimumLength} 个字符）：");
        var password = await input.ReadLineAsync(cancellationToken);
        if (string.IsNullOrEmpty(password))
        {
            await output.WriteLineAsync("没有读到密码：请在标准输入中给出一行密码。账号未创建。");
            return 1;
        }

        if (services.GetRequiredService<PasswordPolicy>().Refusal(name, password) is { } refusal)
        {
            await output.WriteLineAsync($"{refusal}账号未创建。");
            return 1;
        }

        var store = services.GetRequiredService<StoreMaintenance>().Description;
        if (!await directory.AddFirstBureauAsync(name, name, PasswordHasher.Hash(password), cancellationToken))
        {
            await output.WriteLineAsync($"存储 {store} 中已有造价站账号：此命令只创建第一个账号，其他账号请由造价站在“账号”页面创建。");
            return 1;
        }

        await output.WriteLineAsync($"已在存储 {store} 中创建造价站账号 {name}，现在可以用它登录。");
        return 0;
    }
}
