using Cost.Silos.Accounts;
using Cost.Silos.ReadModels;
using Cost.Web.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cost.Web.Pages.Accounts;

/// <summary>
/// The bureau's accounts: every account with its role, firm and status (registrations waiting for approval first), a form
/// for a new one whose temporary password is shown once, and per account: approve, disable or enable, reset the password,
/// change the role or firm.
/// </summary>
[Authorize(Policy = Policies.BureauOnly)]
public sealed class AccountsModel(AccountDirectory directory, FirmRegister firms, TimeProvider clock) : PageModel
{
    public IReadOnlyList<(UserAccount Account, bool Temporary)> Accounts { get; private set; } = [];

    public IReadOnlyList<string> FirmCodes { get; private set; } = [];

    /// <summary>The outcome of the last creation, carried over the redirect: the temporary password is shown this once.</summary>
    [TempData] public string? Message { get; set; }

    [TempData] public bool MessageIsError { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Accounts = await directory.AllAsync(cancellationToken);
        FirmCodes = await firms.CodesAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(string? userName, string? displayName, string? role, string? firmCreditCode, CancellationToken cancellationToken)
    {
        var outcome = await AccountsApi.CreateAsync(new AccountsApi.CreateAccountRequest(userName, displayName, role, firmCreditCode), directory, firms, cancellationToken);
        (Message, MessageIsError) = outcome.Succeeded
            ? ($"已新建账号 {outcome.Value!.UserName}，临时密码：{outcome.Value.InitialPassword}（只显示这一次，请当面或电话告知本人；首次登录须修改）", false)
            : (outcome.Explain(), true);
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostStatusAsync(string userName, bool enable, CancellationToken cancellationToken)
    {
        var outcome = await AccountsApi.SetStatusAsync(Bureau, userName, enable, directory, clock, cancellationToken);
        (Message, MessageIsError) = outcome.Succeeded
            ? ($"账号 {userName} 已{(enable ? "启用" : "停用")}{(enable ? "" : "，其登录随即失效")}。", false)
            : (outcome.Explain(), true);
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostResetAsync(string userName, CancellationToken cancellationToken)
    {
        var outcome = await AccountsApi.ResetPasswordAsync(Bureau, userName, directory, clock, cancellationToken);
        (Message, MessageIsError) = outcome.Succeeded
            ? ($"账号 {userName} 的新临时密码：{outcome.Value!.InitialPassword}（只显示这一次；本人登录后须修改，原有登录已失效）", false)
            : (outcome.Explain(), true);
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRoleAsync(string userName, string? role, string? firmCreditCode, CancellationToken cancellationToken)
    {
        var outcome = await AccountsApi.ChangeRoleAsync(Bureau, userName, new AccountsApi.ChangeRoleRequest(role, firmCreditCode), directory, firms, clock, cancellationToken);
        (Message, MessageIsError) = outcome.Succeeded ? ($"账号 {userName} 的角色和所属企业已修改，其登录随即失效。", false) : (outcome.Explain(), true);
        return RedirectToPage();
    }

    /// <summary>The signed-in clerk, who may not disable their own account.</summary>
    public string Me => Bureau.UserName;

    private CurrentUser Bureau => CurrentUser.From(User)!;

}
