using Cost.Silos.Accounts;
using Cost.Web.Auth;

namespace Cost.Tests.Web;

/// <summary>The lockout rule on its own: five failures within fifteen minutes lock for fifteen minutes.</summary>
public class SignInLockoutTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 25, 9, 0, 0, TimeSpan.FromHours(8));
    private static readonly SignInLockout Rule = new();

    private static SignInFailures? Fail(SignInFailures? failures, params int[] minutes) =>
        minutes.Aggregate(failures, (f, m) => Rule.AfterFailure(f, Start.AddMinutes(m)));

    [Fact]
    public void Four_failures_do_not_lock_and_the_fifth_locks_for_fifteen_minutes()
    {
        var four = Fail(null, 0, 1, 2, 3);
        var five = Fail(four, 4);

        Assert.Null(SignInLockout.LockedUntil(four, Start.AddMinutes(3)));
        Assert.Equal(Start.AddMinutes(19), SignInLockout.LockedUntil(five, Start.AddMinutes(4)));
        Assert.Equal(Start.AddMinutes(19), SignInLockout.LockedUntil(five, Start.AddMinutes(18)));
        Assert.Null(SignInLockout.LockedUntil(five, Start.AddMinutes(19)));
    }

    [Fact]
    public void Failures_spread_wider_than_the_window_never_lock()
    {
        var failures = Fail(null, 0, 5, 10, 15, 20, 25, 30, 35, 40);

        Assert.Null(SignInLockout.LockedUntil(failures, Start.AddMinutes(40)));
    }

    [Fact]
    public void A_failure_after_the_lock_has_ended_starts_a_new_window()
    {
        var locked = Fail(null, 0, 1, 2, 3, 4);

        var after = Fail(locked, 20);

        Assert.Equal(1, after!.Failures);
        Assert.Null(SignInLockout.LockedUntil(after, Start.AddMinutes(20)));
    }

    [Fact]
    public void The_message_says_until_when_in_beijing_time()
    {
        Assert.Equal("连续 5 次密码错误，账号已锁定至 09:15（北京时间），请届时再试或联系管理员。", Rule.Message(Start.AddMinutes(15).ToUniversalTime()));
    }
}
