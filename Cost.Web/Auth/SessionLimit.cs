using System.Globalization;
using System.Security.Claims;

namespace Cost.Web.Auth;

/// <summary>
/// How long a log-in cookie may be used (OWASP Session Management Cheat Sheet, "Absolute Timeout"): at most
/// Auth:SessionHours (default 8, a working day) after the log-in, however active the session. The log-in time is a claim
/// of the cookie (<c>auth_time</c>, as OpenID Connect names it), set when the cookie is first issued.
/// </summary>
public static class SessionLimit
{
    public const string SignedInClaim = "auth_time";

    public static TimeSpan Of(IConfiguration configuration) => TimeSpan.FromHours(configuration.GetValue("Auth:SessionHours", 8.0));

    /// <summary>Adds the log-in time to a principal being signed in that has none.</summary>
    public static void Stamp(ClaimsPrincipal? principal, TimeProvider clock)
    {
        if (principal?.Identity is ClaimsIdentity identity && identity.FindFirst(SignedInClaim) is null)
        {
            identity.AddClaim(new Claim(SignedInClaim, clock.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)));
        }
    }

    /// <summary>True when the session began more than <paramref name="limit"/> ago, or its beginning is unknown.</summary>
    public static bool HasEnded(ClaimsPrincipal principal, TimeSpan limit, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(principal);
        return principal.FindFirst(SignedInClaim)?.Value is not { } text
            || !long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || clock.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(seconds) > limit;
    }
}
