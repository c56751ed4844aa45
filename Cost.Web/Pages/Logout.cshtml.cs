using Cost.Web.Auth;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cost.Web.Pages;

/// <summary>Log-out ends the session everywhere: the account gets a new security stamp, so its other cookies and its tokens stop working too.</summary>
public sealed class LogoutModel(AccountService accounts) : PageModel
{
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (CurrentUser.From(User) is { } user)
        {
            await accounts.EndSessionsAsync(user.UserName, cancellationToken);
        }

        await HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return LocalRedirect("/");
    }
}
