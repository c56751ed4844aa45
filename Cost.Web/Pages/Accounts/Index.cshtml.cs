using Cost.Silos.Accounts;
using Cost.Silos.ReadModels;
using Cost.Web.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cost.Web.Pages.Accounts;

/// <summary>The bureau's accounts: every account with its role and firm, and a form for a new one whose temporary password is shown once.</summary>
[Authorize(Policy = Policies.BureauOnly)]
public sealed class AccountsModel(AccountDirectory directory, FirmRegister firms) : PageModel
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
            : (string.Join(" ", outcome.Problems.Select(p => p.Message).Prepend(outcome.Detail)), true);
        return RedirectToPage();
    }
}
