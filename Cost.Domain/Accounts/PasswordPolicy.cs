using System.Collections.Frozen;
using System.Globalization;

namespace Cost.Domain.Accounts;

/// <summary>
/// What a new password must be: at least <see cref="MinimumLength"/> characters, neither the user name
/// nor containing it (case ignored), and not one of the common passwords of data/common-passwords.json
/// (NIST SP 800-63B §5.1.1.2: length and a list of known-bad values rather than composition rules).
/// </summary>
public sealed class PasswordPolicy
{
    /// <summary>The shortest password accepted, counted in characters as a person sees them (a Chinese character counts one).</summary>
    public const int MinimumLength = 10;

    private readonly FrozenSet<string> _common;

    /// <param name="commonPasswords">The passwords refused whatever their length, compared without regard to case.</param>
    public PasswordPolicy(IEnumerable<string> commonPasswords) =>
        _common = commonPasswords.Select(p => p.Trim()).Where(p => p.Length > 0).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Why <paramref name="password"/> is refused for <paramref name="userName"/>, in Chinese; null when it is accepted.</summary>
    public string? Refusal(string userName, string password)
    {
        if (new StringInfo(password).LengthInTextElements < MinimumLength)
        {
            return $"密码至少 {MinimumLength} 个字符。";
        }

        var name = userName.Trim();
        if (name.Length > 0 && password.Contains(name, StringComparison.OrdinalIgnoreCase))
        {
            return "密码不能是用户名，也不能包含用户名。";
        }

        return _common.Contains(password.Trim()) ? "这个密码太常见，容易被猜中：请换一个。" : null;
    }
}
