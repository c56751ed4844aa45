using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.Tokens;

namespace Cost.Web.Auth;

/// <summary>
/// The key tokens are signed with: Auth:SigningKey (at least 32 characters). Only in Development may it
/// be missing: tokens are then signed with a random key made for this process and end with it.
/// </summary>
public sealed class SigningKey(SymmetricSecurityKey key)
{
    public const int MinimumLength = 32;

    public SymmetricSecurityKey Key { get; } = key;

    /// <summary>The configured key; outside Development a missing or short key stops the start.</summary>
    /// <exception cref="InvalidOperationException">No usable key is configured outside Development, or a configured key is too short.</exception>
    public static SigningKey From(string? configured, bool isDevelopment)
    {
        // OWASP ASVS 4.0 V6.4.1: the secret comes from configuration (environment or vault), never from code; a short one is refused.
        if (configured is { Length: >= MinimumLength })
        {
            return new(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(configured)));
        }

        if (!string.IsNullOrEmpty(configured) || !isDevelopment)
        {
            throw new InvalidOperationException(
                $"Auth:SigningKey 未配置或短于 {MinimumLength} 个字符：开发环境（Development）以外，访问令牌的签名密钥必须由配置给出"
                + $"（appsettings 或环境变量 Auth__SigningKey，至少 {MinimumLength} 个字符），系统拒绝启动。");
        }

        return new(new SymmetricSecurityKey(RandomNumberGenerator.GetBytes(32)));
    }
}
