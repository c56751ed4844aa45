using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.Tokens;

namespace Cost.Web.Auth;

/// <summary>
/// The key tokens are signed with: Auth:SigningKey (at least 32 characters) when configured, else a
/// random key for this process (tokens then end with the process, which is fine for one machine).
/// </summary>
public sealed class SigningKey(SymmetricSecurityKey key)
{
    public SymmetricSecurityKey Key { get; } = key;

    public static SigningKey From(string? configured) =>
        new(new SymmetricSecurityKey(configured is { Length: >= 32 } ? Encoding.UTF8.GetBytes(configured) : RandomNumberGenerator.GetBytes(32)));
}
