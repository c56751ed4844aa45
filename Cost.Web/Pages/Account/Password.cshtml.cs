using Cost.Web.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cost.Web.Pages.Account;

/// <summary>The signed-in person changes their own password, with the same checks as POST /api/account/password.</summary>
[Authorize(Policy = Policies.Member)]
public sealed class PasswordModel(AccountService accounts) : PageModel
{
    public string? Error { get; private set; }

    public bool Changed { get; private set; }

    public void OnGet()
    {
    }

    public async Task OnPostAsync(string? currentPassword, string? newPassword, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(currentPassword) || string.IsNullOrEmpty(newPassword) || CurrentUser.From(User) is not { } user)
        {
            Error = "请填写当前密码和新密码。";
            return;
        }

        var problem = await accounts.ChangePasswordAsync(user.UserName, currentPassword, newPassword, cancellationToken);
        Error = problem?.Message;
        Changed = problem is null;
    }
}
