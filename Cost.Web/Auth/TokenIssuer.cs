using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Cost.Web.Auth;

/// <summary>Issues the bearer tokens of POST /api/auth/token (HS256, one hour).</summary>
public sealed class TokenIssuer(SigningKey key, TimeProvider clock)
{
    public const string Issuer = "CostSystem";
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    public string Issue(CurrentUser user)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Issuer,
            Subject = new ClaimsIdentity(user.Claims()),
            IssuedAt = now,
            NotBefore = now,
            Expires = now + Lifetime,
            SigningCredentials = new SigningCredentials(key.Key, SecurityAlgorithms.HmacSha256),
        });
    }
}
