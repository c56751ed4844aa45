using System.Security.Claims;

namespace Cost.Web.Auth;

/// <summary>Who is asking: name, role and, for a consultant, the firm (USCC) they work for.</summary>
public sealed record CurrentUser(string UserName, string DisplayName, string Role, string? FirmCreditCode)
{
    public bool IsBureau => Role == Roles.Bureau;

    /// <summary>
    /// Binds a handler parameter to the signed-in user. Every endpoint that takes one requires
    /// authorization, so the user is there; without one minimal APIs would answer 400.
    /// </summary>
    public static ValueTask<CurrentUser?> BindAsync(HttpContext http) => ValueTask.FromResult(From(http.User));

    public static CurrentUser? From(ClaimsPrincipal principal)
    {
        if (principal.Identity?.IsAuthenticated != true || principal.FindFirstValue(ClaimTypes.Role) is not { } role)
        {
            return null;
        }

        var name = principal.FindFirstValue(ClaimTypes.NameIdentifier) ?? principal.Identity.Name ?? "";
        return new CurrentUser(name, principal.FindFirstValue(ClaimTypes.Name) ?? name, role, principal.FindFirstValue(Roles.FirmClaim));
    }

    public IEnumerable<Claim> Claims()
    {
        yield return new Claim(ClaimTypes.NameIdentifier, UserName);
        yield return new Claim(ClaimTypes.Name, DisplayName);
        yield return new Claim(ClaimTypes.Role, Role);
        if (FirmCreditCode is not null)
        {
            yield return new Claim(Roles.FirmClaim, FirmCreditCode);
        }
    }
}
