using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Cost.Silos.Accounts;
using Cost.Silos.ReadModels;
using Cost.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Cost.Web.Auth;

/// <summary>
/// The bureau runs the accounts: it creates a consultant's (or a colleague's) account with a temporary password, shown
/// once, which the person must change at the first log-in; and lists the accounts.
/// </summary>
public static partial class AccountsApi
{
    /// <summary>Letters and digits that cannot be mistaken for one another when read out or typed (no 0/O, 1/l/I).</summary>
    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

    public static IEndpointRouteBuilder MapAccountsApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/accounts").WithTags("账号").RequireAuthorization(Policies.BureauOnly);
        api.MapPost("/", Create)
            .WithName("createAccount")
            .Produces<AccountCreated>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("新建账号（造价站）：返回只显示一次的临时密码，首次登录须修改；咨询企业账号须指明在册企业；用户名已存在 409");
        api.MapGet("/", List)
            .WithName("listAccounts")
            .Produces<AccountListJson>()
            .WithSummary("全部账号：用户名、姓名、角色、所属企业，以及是否仍为临时密码");
        return routes;
    }

    public sealed record CreateAccountRequest(string? UserName, string? DisplayName, string? Role, string? FirmCreditCode);

    /// <summary>The new account and its temporary password, shown this once (only its hash is stored).</summary>
    public sealed record AccountCreated(string UserName, string DisplayName, string Role, string? FirmCreditCode, string InitialPassword, bool MustChangePassword);

    public sealed record AccountJson(string UserName, string DisplayName, string Role, string? FirmCreditCode, bool TemporaryPassword);

    public sealed record AccountListJson(IReadOnlyList<AccountJson> Items);

    /// <summary>Creates the account, or answers what is wrong with the request (field by field) or that the name is taken.</summary>
    public static async Task<Outcome<AccountCreated>> CreateAsync(CreateAccountRequest request, AccountDirectory directory, FirmRegister firms, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var problems = new List<ProblemItem>();
        var userName = request.UserName?.Trim() ?? "";
        if (!UserNamePattern().IsMatch(userName))
        {
            problems.Add(ProblemItem.ForField("userName", "用户名为 3–64 位字母、数字、“.”“_”或“-”。"));
        }

        var displayName = request.DisplayName?.Trim() ?? "";
        if (displayName.Length is 0 or > 50)
        {
            problems.Add(ProblemItem.ForField("displayName", "姓名必填，不超过 50 字。"));
        }

        var role = request.Role?.Trim();
        var firm = string.IsNullOrWhiteSpace(request.FirmCreditCode) ? null : request.FirmCreditCode.Trim();
        if (role is not (Roles.Bureau or Roles.Consultant))
        {
            problems.Add(ProblemItem.ForField("role", "角色须为 Bureau（造价站）或 Consultant（造价咨询企业）。"));
        }
        else if (role == Roles.Consultant && (firm is null || await firms.FindAsync(firm, cancellationToken) is null))
        {
            problems.Add(ProblemItem.ForField("firmCreditCode", "咨询企业账号须指明在册企业的统一社会信用代码。"));
        }
        else if (role == Roles.Bureau && firm is not null)
        {
            problems.Add(ProblemItem.ForField("firmCreditCode", "造价站账号不属于任何企业，请不要填写 firmCreditCode。"));
        }

        if (problems.Count > 0)
        {
            return Outcome.Fail<AccountCreated>(StatusCodes.Status400BadRequest, "账号信息有误。", problems);
        }

        var password = RandomNumberGenerator.GetString(Alphabet, 12);
        var account = new UserAccount(userName, displayName, PasswordHasher.Hash(password), role!, firm);
        return await directory.AddTemporaryAsync(account, cancellationToken)
            ? Outcome.Ok(new AccountCreated(userName, displayName, role!, firm, password, true), StatusCodes.Status201Created)
            : Outcome.Fail<AccountCreated>(StatusCodes.Status409Conflict, $"用户名“{userName}”已存在。");
    }

    private static async Task<Results<Created<AccountCreated>, ProblemHttpResult>> Create(
        CreateAccountRequest request, AccountDirectory directory, FirmRegister firms, CancellationToken cancellationToken) =>
        (await CreateAsync(request, directory, firms, cancellationToken)).ToResult(a => TypedResults.Created($"/api/accounts/{Uri.EscapeDataString(a.UserName)}", a));

    private static async Task<Ok<AccountListJson>> List(AccountDirectory directory, CancellationToken cancellationToken) =>
        TypedResults.Ok(new AccountListJson([.. (await directory.AllAsync(cancellationToken))
            .Select(a => new AccountJson(a.Account.UserName, a.Account.DisplayName, a.Account.Role, a.Account.FirmCreditCode, a.Temporary))]));

    [GeneratedRegex("^[A-Za-z0-9._-]{3,64}$")]
    private static partial Regex UserNamePattern();
}
