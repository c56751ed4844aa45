using System.Security.Claims;

namespace Cost.Web.Auth;

/// <summary>
/// Who is asking: name, role and, for a consultant, the firm (USCC) they work for; the account's security stamp when the
/// session began (checked on every request) and whether the password is a temporary one to change before anything else.
/// </summary>
public sealed record CurrentUser(string UserName, string DisplayName, string Role, string? FirmCreditCode, string? Stamp = null, bool MustChangePassword = false)
{
    /// <summary>The claim holding the account's security stamp.</summary>
    public const string StampClaim = "cost.stamp";

    /// <summary>The claim marking a session that may only change its temporary password.</summary>
    public const string MustChangeClaim = "cost.must_change_password";

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
        return new CurrentUser(name, principal.FindFirstValue(ClaimTypes.Name) ?? name, role, principal.FindFirstValue(Roles.FirmClaim),
            principal.FindFirstValue(StampClaim), principal.HasClaim(MustChangeClaim, "true"));
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

        if (Stamp is not null)
        {
            yield return new Claim(StampClaim, Stamp);
        }

        if (MustChangePassword)
        {
            yield return new Claim(MustChangeClaim, "true");
        }
    }
}
