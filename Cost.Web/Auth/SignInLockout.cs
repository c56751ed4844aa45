using Cost.Domain;
using Cost.Silos.Accounts;

namespace Cost.Web.Auth;

/// <summary>
/// Account lockout (OWASP Authentication Cheat Sheet, "Account Lockout"; ASVS 4.0 V2.2.1): after
/// <see cref="MaxFailures"/> wrong passwords within <see cref="Window"/> the account refuses every
/// sign-in, the right password included, for <see cref="Duration"/>. A successful sign-in forgets the
/// failures. Configuration section Auth:Lockout.
/// </summary>
public sealed class SignInLockout
{
    public int MaxFailures { get; set; } = 5;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(15);

    public TimeSpan Duration { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Until when the account is locked at <paramref name="now"/>; null when it is not.</summary>
    public static DateTimeOffset? LockedUntil(SignInFailures? failures, DateTimeOffset now) =>
        failures?.LockedUntil is { } until && until > now ? until : null;

    /// <summary>
    /// The failures after one more at <paramref name="now"/>. A window that has passed, or a lock that has
    /// ended, starts a new window with this failure; the <see cref="MaxFailures"/>th in a window locks.
    /// </summary>
    public SignInFailures AfterFailure(SignInFailures? failures, DateTimeOffset now)
    {
        var next = failures is null || now - failures.WindowStartedAt >= Window || failures.LockedUntil <= now
            ? new SignInFailures(1, now, null, failures?.RowVersion ?? 0)
            : failures with { Failures = failures.Failures + 1 };
        return next.Failures >= MaxFailures ? next with { LockedUntil = now + Duration } : next;
    }

    /// <summary>What the person signing in is told, on the log-in page and by the token API.</summary>
    public string Message(DateTimeOffset until) =>
        $"连续 {MaxFailures} 次密码错误，账号已锁定至 {until.ToOffset(BureauTime.Offset):HH:mm}（北京时间），请届时再试或联系管理员。";
}
