using System.Security.Claims;

namespace Cost.Web.Auth;

/// <summary>Who is asking: name, role and, for a consultant, the firm (USCC) they work for.</summary>
public sealed record CurrentUser(string UserName, string DisplayName, string Role, string? FirmCreditCode)
{
    public bool IsBureau => Role == Roles.Bureau;

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
