using System.Security.Claims;
using Cost.Web.Auth;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cost.Web.Pages.Account;

/// <summary>
/// The signed-in person changes their own password, with the same checks as POST /api/account/password. A temporary
/// password leads here first. The change ends every other session of the account; this one goes on with a new cookie.
/// </summary>
[Authorize(Policy = Policies.Member)]
public sealed class PasswordModel(AccountService accounts) : PageModel
{
    public string? Error { get; private set; }

    public bool Changed { get; private set; }

    /// <summary>The session signed in with a temporary password: nothing else opens until it is changed.</summary>
    public bool Required => CurrentUser.From(User) is { MustChangePassword: true };

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
        if (Changed && (await accounts.SignInAsync(user.UserName, newPassword, ClientAddress.Of(HttpContext), cancellationToken)).User is { } fresh)
        {
            var identity = new ClaimsIdentity(fresh.Claims(), CookieAuthenticationDefaults.AuthenticationScheme, ClaimTypes.Name, ClaimTypes.Role);
            await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
        }
    }
}
