using System.Security.Claims;
using Cost.Web.Auth;
using Cost.Web.Hosting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cost.Web.Pages;

public sealed class LoginModel(AccountService accounts, IConfiguration configuration, IHostEnvironment environment) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty]
    public string? UserName { get; set; }

    public string? Error { get; private set; }

    /// <summary>The demo accounts are named only where they exist.</summary>
    public bool ShowsDemoAccounts => StoreInitializer.SeedsSampleData(configuration, environment);

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(string? password, CancellationToken cancellationToken)
    {
        var result = await accounts.SignInAsync(UserName, password, ClientAddress.Of(HttpContext), cancellationToken);
        if (result.User is not { } user)
        {
            Error = result.Message;
            return Page();
        }

        var identity = new ClaimsIdentity(user.Claims(), CookieAuthenticationDefaults.AuthenticationScheme, ClaimTypes.Name, ClaimTypes.Role);
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/projects");
    }
}
