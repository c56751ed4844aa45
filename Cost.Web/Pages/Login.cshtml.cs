using System.Security.Claims;
using Cost.Web.Auth;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cost.Web.Pages;

public sealed class LoginModel(AccountService accounts) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty]
    public string? UserName { get; set; }

    public string? Error { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(string? password, CancellationToken cancellationToken)
    {
        var user = await accounts.SignInAsync(UserName, password, cancellationToken);
        if (user is null)
        {
            Error = "用户名或密码不正确。";
            return Page();
        }

        var identity = new ClaimsIdentity(user.Claims(), CookieAuthenticationDefaults.AuthenticationScheme, ClaimTypes.Name, ClaimTypes.Role);
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/projects");
    }
}
