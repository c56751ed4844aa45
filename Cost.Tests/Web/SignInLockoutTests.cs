using Cost.Silos.Accounts;
using Cost.Web.Auth;

namespace Cost.Tests.Web;

/// <summary>The lockout rule on its own: five failures within fifteen minutes lock for fifteen minutes, each next lock twice as long; a client address waits longer and longer.</summary>
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
    public void Wrong_passwords_during_a_lock_do_not_lengthen_it_and_the_next_lock_lasts_twice_as_long()
    {
        var locked = Fail(null, 0, 1, 2, 3, 4);

        Assert.Equal(locked, Fail(locked, 5, 10, 18));
        var relocked = Fail(locked, 20, 21, 22, 23, 24);
        Assert.Equal(Start.AddMinutes(54), SignInLockout.LockedUntil(relocked, Start.AddMinutes(24)));
        Assert.Equal(2, relocked!.Locks);
    }

    [Fact]
    public void A_client_address_waits_one_two_four_seconds_after_its_free_failures()
    {
        var failures = Enumerable.Range(0, Rule.ClientFreeFailures - 1).Aggregate((SignInFailures?)null, (f, i) => Rule.AfterClientFailure(f, Start.AddSeconds(i * 10)));
        Assert.Null(SignInLockout.LockedUntil(failures, Start.AddSeconds(100)));

        var waits = new List<TimeSpan>();
        var now = Start.AddSeconds(100);
        for (var i = 0; i < 4; i++)
        {
            failures = Rule.AfterClientFailure(failures, now);
            waits.Add(failures.LockedUntil!.Value - now);
            now = failures.LockedUntil.Value;
        }

        Assert.Equal([TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(8)], waits);
    }

    [Fact]
    public void The_message_says_until_when_in_beijing_time()
    {
        Assert.Equal("连续 5 次密码错误，账号已锁定至 09:15（北京时间），请届时再试或联系管理员。", Rule.Message(Start.AddMinutes(15).ToUniversalTime()));
    }
}
