using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;
using Cost.Web.Hosting;

namespace Cost.Web.Auth;

/// <summary>
/// Cross-site request forgery defence for the JSON API (OWASP CSRF Prevention Cheat Sheet, synchronizer
/// token): a state-changing request to /api that the log-in cookie authenticates must carry the
/// antiforgery token of the pages — header RequestVerificationToken or form field
/// __RequestVerificationToken — or it is refused with 400. A bearer token or an exchange signature is
/// never sent by a browser on its own, so those requests need none. Razor Pages check their own forms.
/// </summary>
public sealed class CookieApiAntiforgery(RequestDelegate next, IAntiforgery antiforgery)
{
    public async Task InvokeAsync(HttpContext http)
    {
        if (SentWithCookie(http) && !await antiforgery.IsRequestValidAsync(http))
        {
            await Outcome.Problem(StatusCodes.Status400BadRequest,
                "缺少或无效的防伪令牌：以登录 Cookie 调用 API 的写操作须带页面中的防伪令牌（请求头 RequestVerificationToken），或改用 Bearer 访问令牌。", [])
                .ExecuteAsync(http);
            return;
        }

        await next(http);
    }

    private static bool SentWithCookie(HttpContext http) =>
        !(HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method)
            || HttpMethods.IsOptions(http.Request.Method) || HttpMethods.IsTrace(http.Request.Method))
        && http.Request.Path.StartsWithSegments("/api")
        && http.User.Identity is { IsAuthenticated: true, AuthenticationType: CookieAuthenticationDefaults.AuthenticationScheme };
}
