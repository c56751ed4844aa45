using Cost.Domain;
using Cost.Silos.Accounts;

namespace Cost.Web.Auth;

/// <summary>
/// Throttling of failed sign-ins that cannot be turned into a weapon (OWASP Authentication Cheat Sheet, "Account Lockout"
/// and "Protect against automated attacks"; ASVS 4.0 V2.2.1). Per account: after <see cref="MaxFailures"/> wrong
/// passwords within <see cref="Window"/> the account is locked for <see cref="Duration"/>, each further lock twice as long
/// as the one before (at most <see cref="MaxDuration"/>) until a sign-in succeeds; wrong passwords during a lock do not
/// lengthen it, and only the right password is told of it (to anyone else a locked account looks like a wrong password).
/// Per client address: after <see cref="ClientFreeFailures"/> failures within the window, whatever the user names,
/// each next attempt must wait 1, 2, 4 … seconds (at most <see cref="ClientMaxDelay"/>). Configuration section Auth:Lockout.
/// </summary>
public sealed class SignInLockout
{
    public int MaxFailures { get; set; } = 5;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(15);

    public TimeSpan Duration { get; set; } = TimeSpan.FromMinutes(15);

    public TimeSpan MaxDuration { get; set; } = TimeSpan.FromHours(24);

    public int ClientFreeFailures { get; set; } = 10;

    public TimeSpan ClientMaxDelay { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Until when the account is locked, or the client must wait, at <paramref name="now"/>; null when not.</summary>
    public static DateTimeOffset? LockedUntil(SignInFailures? failures, DateTimeOffset now) =>
        failures?.LockedUntil is { } until && until > now ? until : null;

    /// <summary>
    /// An account's failures after one more wrong password at <paramref name="now"/>: unchanged while locked; a window that
    /// has passed, or a lock that has ended, starts a new window; the <see cref="MaxFailures"/>th in a window locks for
    /// <see cref="Duration"/> × 2^(locks before).
    /// </summary>
    public SignInFailures AfterFailure(SignInFailures? failures, DateTimeOffset now)
    {
        if (LockedUntil(failures, now) is not null)
        {
            return failures!;
        }

        var next = Counted(failures, now);
        if (next.Failures < MaxFailures)
        {
            return next;
        }

        var lasts = TimeSpan.FromTicks(Math.Min(MaxDuration.Ticks, Duration.Ticks * (1L << Math.Min(next.Locks, 20))));
        return next with { Failures = 0, LockedUntil = now + lasts, Locks = next.Locks + 1 };
    }

    /// <summary>A client address's failures after one more at <paramref name="now"/>: beyond the free ones, the next attempt waits.</summary>
    public SignInFailures AfterClientFailure(SignInFailures? failures, DateTimeOffset now)
    {
        var next = Counted(failures, now);
        if (next.Failures < ClientFreeFailures)
        {
            return next with { LockedUntil = null };
        }

        var wait = TimeSpan.FromTicks(Math.Min(ClientMaxDelay.Ticks, TimeSpan.TicksPerSecond * (1L << Math.Min(next.Failures - ClientFreeFailures, 20))));
        return next with { LockedUntil = now + wait };
    }

    /// <summary>What the person signing in with the right password is told while the account is locked.</summary>
    public string Message(DateTimeOffset until) =>
        $"连续 {MaxFailures} 次密码错误，账号已锁定至 {until.ToOffset(BureauTime.Offset):HH:mm}（北京时间），请届时再试或联系管理员。";

    /// <summary>What every attempt from a client address that must wait is told.</summary>
    public static string WaitMessage(TimeSpan wait) =>
        $"本机登录失败次数过多，请 {Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds))} 秒后再试。";

    private SignInFailures Counted(SignInFailures? failures, DateTimeOffset now) =>
        failures is null || now - failures.WindowStartedAt >= Window || failures.LockedUntil <= now && failures.Failures == 0
            ? new SignInFailures(1, now, null, failures?.Locks ?? 0, failures?.RowVersion ?? 0)
            : failures with { Failures = failures.Failures + 1 };
}
