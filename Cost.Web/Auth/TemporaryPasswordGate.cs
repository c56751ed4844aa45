using Cost.Web.Hosting;

namespace Cost.Web.Auth;

/// <summary>
/// A session signed in with a temporary password may only change it: pages lead to /account/password, the JSON API
/// answers 403 password-change-required; the log-in, log-out, the password change itself and static files stay open.
/// </summary>
public sealed class TemporaryPasswordGate(RequestDelegate next)
{
    private static readonly string[] Open = ["/account/password", "/api/account/password", "/logout", "/login", "/api/auth/token", "/css", "/js", "/favicon.svg"];

    public async Task InvokeAsync(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (CurrentUser.From(http.User) is not { MustChangePassword: true } || Open.Any(p => http.Request.Path.StartsWithSegments(p)))
        {
            await next(http);
            return;
        }

        if (http.Request.Path.StartsWithSegments("/api") || http.Request.Path.StartsWithSegments("/exchange"))
        {
            await Outcome.Problem(StatusCodes.Status403Forbidden, "首次登录须先修改临时密码：POST /api/account/password，然后重新获取令牌。", [], Problems.PasswordChangeRequired)
                .ExecuteAsync(http);
            return;
        }

        http.Response.Redirect("/account/password?required=1");
    }
}
