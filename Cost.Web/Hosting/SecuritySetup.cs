using Cost.Silos.Accounts;
using Cost.Silos.Hosting;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Options;
using Cost.Web.Auth;
using Cost.Web.Projects;
using Microsoft.AspNetCore.Http.Features;

namespace Cost.Web.Hosting;

/// <summary>
/// The security settings of Cost.Web: the token signing key from configuration, account lockout and the data-protection
/// key ring in the store, request size limits taken from the upload limits; security headers on every answer, and HSTS
/// and HTTPS outside Development.
/// </summary>
public static class SecuritySetup
{
    public static WebApplicationBuilder AddCostSecurity(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;
        services.AddSingleton(SigningKey.From(configuration["Auth:SigningKey"], builder.Environment.IsDevelopment()));
        services.Configure<SignInLockout>(configuration.GetSection("Auth:Lockout"));
        services.AddSingleton<SignInFailureLedger>();

        // The key ring that protects cookies and antiforgery tokens lives in the store: cookies survive a restart, every
        // web front of a cluster reads one ring, and another installation's cookies are never accepted.
        services.AddDataProtection().SetApplicationName("CostSystem");
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(provider =>
            new ConfigureOptions<KeyManagementOptions>(o => o.XmlRepository = new KeyRingStore(provider.GetRequiredService<CostDatabase>())));

        // OWASP File Upload Cheat Sheet: no request body is read past the largest upload allowed.
        var maxRequestBytes = (configuration.GetSection("Uploads").Get<UploadOptions>() ?? new UploadOptions()).MaxRequestBytes;
        services.Configure<FormOptions>(o => o.MultipartBodyLengthLimit = maxRequestBytes);
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = maxRequestBytes);

        // Behind a reverse proxy that ends TLS: the client's address, scheme and host as the proxy forwards them
        // (X-Forwarded-For/-Proto/-Host), believed only from the proxies listed in Proxy:KnownProxies (comma-separated
        // addresses) or Proxy:KnownNetworks (comma-separated CIDR ranges); loopback is always trusted. So a caller cannot
        // choose the address its failed sign-ins and its rate limit are counted against, and redirects, HSTS and Secure
        // cookies follow the scheme and host the browser used.
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            foreach (var proxy in List(configuration["Proxy:KnownProxies"]))
            {
                o.KnownProxies.Add(System.Net.IPAddress.Parse(proxy));
            }

            foreach (var network in List(configuration["Proxy:KnownNetworks"]))
            {
                o.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }

            // Forwarded hosts the site answers to (Proxy:Hosts, comma-separated; empty: any the trusted proxy sends).
            o.AllowedHosts = [.. List(configuration["Proxy:Hosts"])];
        });

        // Cookies (session, antiforgery) are Secure outside Development: the site is served over HTTPS there, directly or
        // through the proxy (OWASP Session Management Cheat Sheet, "Secure Attribute").
        services.Configure<CookiePolicyOptions>(o => o.Secure = builder.Environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always);

        // RFC 6797; OWASP HTTP Strict Transport Security Cheat Sheet: a year.
        services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(365));
        return builder;
    }

    private static string[] List(string? values) => (values ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>First in the pipeline: the forwarded client address, the security headers on every answer; outside Development, HSTS and a redirect to HTTPS.</summary>
    public static WebApplication UseCostSecurity(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseCookiePolicy();
        app.UseMiddleware<SecurityHeaders>();
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
            app.UseHttpsRedirection();
        }

        return app;
    }
}
