using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Cost.Domain.Accounts;
using Cost.Silos.Accounts;
using Cost.Silos.ReadModels;
using Cost.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Cost.Web.Auth;

/// <summary>
/// The bureau runs the accounts: it creates a consultant's (or a colleague's) account with a temporary password, shown
/// once, which the person must change at the first log-in; lists the accounts; disables and enables them (enabling a
/// pending one approves a consultant's own registration), resets a password, changes a role or a consultant's firm — every
/// change ends the account's sessions and is audited. A firm's consultant registers at /register (pending until approved).
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
            .WithSummary("全部账号：用户名、姓名、角色、所属企业、状态（active 正常、disabled 已停用、pending 待审核），以及是否仍为临时密码");
        api.MapPut("/{userName}", ChangeRole)
            .WithName("changeAccountRole")
            .WithSummary("修改角色或咨询人员所属企业 { role, firmCreditCode }；该账号的会话随即失效");
        api.MapPost("/{userName}/disable", Disable)
            .WithName("disableAccount")
            .WithSummary("停用账号：其 Cookie 和令牌在下一次请求时失效；不能停用自己（409）");
        api.MapPost("/{userName}/enable", Enable)
            .WithName("enableAccount")
            .WithSummary("启用已停用的账号，或批准咨询人员自行注册的账号（pending）");
        api.MapPost("/{userName}/reset-password", ResetPassword)
            .WithName("resetAccountPassword")
            .WithSummary("重置密码：返回只显示一次的临时密码，首次登录须修改；会话失效，锁定解除");

        routes.MapPost("/api/register", Register).WithTags("账号").AllowAnonymous()
            .WithName("registerConsultant")
            .Produces<AccountJson>(StatusCodes.Status202Accepted)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("造价咨询企业人员自行注册 { userName, displayName, firmCreditCode, password }：202，账号待造价站批准后才能登录");
        return routes;
    }

    public sealed record CreateAccountRequest(string? UserName, string? DisplayName, string? Role, string? FirmCreditCode);

    /// <summary>The new account and its temporary password, shown this once (only its hash is stored).</summary>
    public sealed record AccountCreated(string UserName, string DisplayName, string Role, string? FirmCreditCode, string InitialPassword, bool MustChangePassword);

    public sealed record AccountJson(string UserName, string DisplayName, string Role, string? FirmCreditCode, bool TemporaryPassword, string Status);

    public sealed record ChangeRoleRequest(string? Role, string? FirmCreditCode);

    public sealed record RegisterRequest(string? UserName, string? DisplayName, string? FirmCreditCode, string? Password);

    /// <summary>A new temporary password for an account, shown this once.</summary>
    public sealed record PasswordReset(string UserName, string InitialPassword, bool MustChangePassword);

    public sealed record AccountListJson(IReadOnlyList<AccountJson> Items);

    /// <summary>Creates the account, or answers what is wrong with the request (field by field) or that the name is taken.</summary>
    public static async Task<Outcome<AccountCreated>> CreateAsync(CreateAccountRequest request, AccountDirectory directory, FirmRegister firms, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var problems = new List<ProblemItem>();
        var (userName, displayName) = Names(request.UserName, request.DisplayName, problems);

        var (role, firm) = await RoleAsync(request.Role, request.FirmCreditCode, firms, problems, cancellationToken);
        if (problems.Count > 0)
        {
            return Outcome.Fail<AccountCreated>(StatusCodes.Status400BadRequest, "账号信息有误。", problems);
        }

        var password = TemporaryPassword();
        var account = new UserAccount(userName, displayName, PasswordHasher.Hash(password), role!, firm);
        return await directory.AddTemporaryAsync(account, cancellationToken)
            ? Outcome.Ok(new AccountCreated(userName, displayName, role!, firm, password, true), StatusCodes.Status201Created)
            : Outcome.Fail<AccountCreated>(StatusCodes.Status409Conflict, $"用户名“{userName}”已存在。");
    }

    private static async Task<Results<Created<AccountCreated>, ProblemHttpResult>> Create(
        CreateAccountRequest request, AccountDirectory directory, FirmRegister firms, CancellationToken cancellationToken) =>
        (await CreateAsync(request, directory, firms, cancellationToken)).ToResult(a => TypedResults.Created($"/api/accounts/{Uri.EscapeDataString(a.UserName)}", a));

    private static async Task<Ok<AccountListJson>> List(AccountDirectory directory, CancellationToken cancellationToken) =>
        TypedResults.Ok(new AccountListJson([.. (await directory.AllAsync(cancellationToken)).Select(Json)]));

    /// <summary>Changes the account's role and firm; 400 naming the field, 404 for no such account.</summary>
    public static async Task<Outcome<AccountJson>> ChangeRoleAsync(CurrentUser bureau, string userName, ChangeRoleRequest request, AccountDirectory directory,
        FirmRegister firms, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var problems = new List<ProblemItem>();
        var (role, firm) = await RoleAsync(request.Role, request.FirmCreditCode, firms, problems, cancellationToken);
        if (problems.Count > 0)
        {
            return Outcome.Fail<AccountJson>(StatusCodes.Status400BadRequest, "角色或所属企业有误。", problems);
        }

        if (userName == bureau.UserName && role != Roles.Bureau)
        {
            return Outcome.Fail<AccountJson>(StatusCodes.Status409Conflict, "不能改变自己的角色，请由另一位造价站人员操作。");
        }

        return await directory.ChangeRoleAsync(userName, role!, firm, Domain.BureauTime.Now(clock), bureau.UserName, cancellationToken)
            ? Outcome.Ok(await FindAsync(directory, userName, cancellationToken))
            : NoSuchAccount(userName);
    }

    /// <summary>Disables (from active or pending) or enables (from disabled, or approving a pending registration) an account.</summary>
    public static async Task<Outcome<AccountJson>> SetStatusAsync(CurrentUser bureau, string userName, bool enable, AccountDirectory directory, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if (!enable && userName == bureau.UserName)
        {
            return Outcome.Fail<AccountJson>(StatusCodes.Status409Conflict, "不能停用自己的账号，请由另一位造价站人员操作。");
        }

        var (status, from) = enable
            ? (AccountStatus.Active, (AccountStatus.Disabled, AccountStatus.Pending))
            : (AccountStatus.Disabled, (AccountStatus.Active, AccountStatus.Pending));
        if (await directory.SetStatusAsync(userName, status, from, Domain.BureauTime.Now(clock), bureau.UserName, cancellationToken))
        {
            return Outcome.Ok(await FindAsync(directory, userName, cancellationToken));
        }

        return await directory.FindUserAsync(userName, cancellationToken) is null
            ? NoSuchAccount(userName)
            : Outcome.Fail<AccountJson>(StatusCodes.Status409Conflict, $"账号 {userName} 已是“{AccountStatus.Name(status)}”状态。");
    }

    /// <summary>Gives the account a new temporary password, shown once.</summary>
    public static async Task<Outcome<PasswordReset>> ResetPasswordAsync(CurrentUser bureau, string userName, AccountDirectory directory, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var password = TemporaryPassword();
        return await directory.ResetPasswordAsync(userName, PasswordHasher.Hash(password), Domain.BureauTime.Now(clock), bureau.UserName, cancellationToken)
            ? Outcome.Ok(new PasswordReset(userName, password, true))
            : Outcome.Fail<PasswordReset>(StatusCodes.Status404NotFound, $"账号 {userName} 不存在。");
    }

    /// <summary>A firm's consultant registers with the password they choose; the account waits for the bureau's approval.</summary>
    public static async Task<Outcome<AccountJson>> RegisterAsync(RegisterRequest request, AccountDirectory directory, FirmRegister firms, PasswordPolicy policy,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var problems = new List<ProblemItem>();
        var (userName, displayName) = Names(request.UserName, request.DisplayName, problems);

        var (_, firm) = await RoleAsync(Roles.Consultant, request.FirmCreditCode, firms, problems, cancellationToken);
        if (policy.Refusal(userName, request.Password ?? "") is { } weak)
        {
            problems.Add(ProblemItem.ForField("password", weak));
        }

        if (problems.Count > 0)
        {
            return Outcome.Fail<AccountJson>(StatusCodes.Status400BadRequest, "注册信息有误。", problems);
        }

        var account = new UserAccount(userName, displayName, PasswordHasher.Hash(request.Password!), Roles.Consultant, firm, AccountStatus.Pending);
        return await directory.AddPendingAsync(account, Domain.BureauTime.Now(clock), cancellationToken)
            ? Outcome.Ok(new AccountJson(userName, displayName, Roles.Consultant, firm, false, AccountStatus.Pending), StatusCodes.Status202Accepted)
            : Outcome.Fail<AccountJson>(StatusCodes.Status409Conflict, $"用户名“{userName}”已被使用，请换一个。");
    }

    private static async Task<Results<Ok<AccountJson>, ProblemHttpResult>> ChangeRole(CurrentUser user, string userName, ChangeRoleRequest request,
        AccountDirectory directory, FirmRegister firms, TimeProvider clock, CancellationToken cancellationToken) =>
        (await ChangeRoleAsync(user, userName, request, directory, firms, clock, cancellationToken)).ToResult(TypedResults.Ok);

    private static async Task<Results<Ok<AccountJson>, ProblemHttpResult>> Disable(CurrentUser user, string userName, AccountDirectory directory, TimeProvider clock,
        CancellationToken cancellationToken) =>
        (await SetStatusAsync(user, userName, enable: false, directory, clock, cancellationToken)).ToResult(TypedResults.Ok);

    private static async Task<Results<Ok<AccountJson>, ProblemHttpResult>> Enable(CurrentUser user, string userName, AccountDirectory directory, TimeProvider clock,
        CancellationToken cancellationToken) =>
        (await SetStatusAsync(user, userName, enable: true, directory, clock, cancellationToken)).ToResult(TypedResults.Ok);

    private static async Task<Results<Ok<PasswordReset>, ProblemHttpResult>> ResetPassword(CurrentUser user, string userName, AccountDirectory directory,
        TimeProvider clock, CancellationToken cancellationToken) =>
        (await ResetPasswordAsync(user, userName, directory, clock, cancellationToken)).ToResult(TypedResults.Ok);

    private static async Task<Results<Accepted<AccountJson>, ProblemHttpResult>> Register(RegisterRequest request, AccountDirectory directory, FirmRegister firms,
        PasswordPolicy policy, TimeProvider clock, CancellationToken cancellationToken) =>
        (await RegisterAsync(request, directory, firms, policy, clock, cancellationToken)).ToResult(a => TypedResults.Accepted((string?)null, a));

    /// <summary>The user name and display name of a request, trimmed, adding to <paramref name="problems"/> what is wrong with them.</summary>
    private static (string UserName, string DisplayName) Names(string? requestedUserName, string? requestedDisplayName, List<ProblemItem> problems)
    {
        var userName = requestedUserName?.Trim() ?? "";
        if (!UserNamePattern().IsMatch(userName))
        {
            problems.Add(ProblemItem.ForField("userName", "用户名为 3–64 位字母、数字、“.”“_”或“-”。"));
        }

        var displayName = requestedDisplayName?.Trim() ?? "";
        if (displayName.Length is 0 or > 50)
        {
            problems.Add(ProblemItem.ForField("displayName", "姓名必填，不超过 50 字。"));
        }

        return (userName, displayName);
    }

    /// <summary>The role and firm of a request, adding to <paramref name="problems"/> what is wrong with them.</summary>
    private static async Task<(string? Role, string? Firm)> RoleAsync(string? requestedRole, string? requestedFirm, FirmRegister firms, List<ProblemItem> problems,
        CancellationToken cancellationToken)
    {
        var role = requestedRole?.Trim();
        var firm = string.IsNullOrWhiteSpace(requestedFirm) ? null : requestedFirm.Trim().ToUpperInvariant();
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

        return (role, firm);
    }

    private static async Task<AccountJson> FindAsync(AccountDirectory directory, string userName, CancellationToken cancellationToken) =>
        Json((await directory.AllAsync(cancellationToken)).First(a => a.Account.UserName == userName));

    private static AccountJson Json((UserAccount Account, bool Temporary) a) =>
        new(a.Account.UserName, a.Account.DisplayName, a.Account.Role, a.Account.FirmCreditCode, a.Temporary, a.Account.Status);

    private static Outcome<AccountJson> NoSuchAccount(string userName) =>
        Outcome.Fail<AccountJson>(StatusCodes.Status404NotFound, $"账号 {userName} 不存在。");

    private static string TemporaryPassword() => RandomNumberGenerator.GetString(Alphabet, 12);

    [GeneratedRegex("^[A-Za-z0-9._-]{3,64}$")]
    private static partial Regex UserNamePattern();
}
