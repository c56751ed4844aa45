namespace Cost.Web.Hosting;

/// <summary>
/// Security headers on every response (OWASP HTTP Headers Cheat Sheet): no MIME sniffing, no framing
/// (X-Frame-Options and CSP frame-ancestors), no referrer sent to other sites, and a
/// Content-Security-Policy that lets a page run only this site's own scripts, styles and images — the
/// pages have no inline script or style. The API reference at /api-docs is a packaged single-page app
/// started by an inline script, so there inline script and style are allowed, still from this site only.
/// </summary>
public sealed class SecurityHeaders(RequestDelegate next)
{
    private const string Common = "default-src 'self'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
        + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private const string PagePolicy = Common + "; script-src 'self'; style-src 'self'";

    private const string ApiReferencePolicy = Common + "; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'";

    public Task InvokeAsync(HttpContext http)
    {
        // Added as the response starts, so that error answers written after a reset carry them too.
        http.Response.OnStarting(static state =>
        {
            var http = (HttpContext)state;
            var headers = http.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "same-origin";
            headers.ContentSecurityPolicy = http.Request.Path.StartsWithSegments("/api-docs") ? ApiReferencePolicy : PagePolicy;
            return Task.CompletedTask;
        }, http);
        return next(http);
    }
}
