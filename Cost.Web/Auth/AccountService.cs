using Cost.Domain;
using Cost.Domain.Accounts;
using Cost.Silos.Accounts;
using Microsoft.Extensions.Options;

namespace Cost.Web.Auth;

/// <summary>
/// Checks a user name and password against the store; the same for the token API and the log-in page.
/// Failed attempts are counted in the store and lock the account (<see cref="SignInLockout"/>).
/// </summary>
public sealed class AccountService(
    AccountDirectory directory, SignInFailureLedger failures, IOptions<SignInLockout> lockout, PasswordPolicy policy, TimeProvider clock)
{
    /// <summary>How often a failure is retried when other requests change the same account's count at the same time.</summary>
    private const int SaveAttempts = 10;

    public SignInLockout Lockout => lockout.Value;

    /// <summary>
    /// Signs in from <paramref name="client"/> (the caller's address; null when unknown, as in-process). A client that must
    /// wait is told so before any password is checked; an unknown name costs the same work as a wrong password and answers
    /// the same; a locked, disabled or pending account says so only to its right password.
    /// </summary>
    public async Task<SignInAttempt> SignInAsync(string? userName, string? password, string? client, CancellationToken cancellationToken)
    {
        var now = BureauTime.Now(clock);
        var clientKey = client is null ? null : SignInFailureLedger.Client(client);
        if (clientKey is not null && SignInLockout.LockedUntil(await failures.FindAsync(clientKey, cancellationToken), now) is { } wait)
        {
            return SignInAttempt.Wait(SignInLockout.WaitMessage(wait - now), wait);
        }

        if (string.IsNullOrWhiteSpace(userName) || string.IsNullOrEmpty(password))
        {
            return SignInAttempt.Refused;
        }

        var name = userName.Trim();
        var account = await directory.FindUserAsync(name, cancellationToken);
        if (account is null)
        {
            // The same work as for an account, so that the time taken does not tell which names exist
            // (OWASP Authentication Cheat Sheet, "Authentication Responses").
            PasswordHasher.Verify(password, PasswordHasher.Decoy);
            await CountAsync(clientKey, lockout.Value.AfterClientFailure, now, cancellationToken);
            return SignInAttempt.Refused;
        }

        var accountKey = SignInFailureLedger.Account(account.UserName);
        var failed = await failures.FindAsync(accountKey, cancellationToken);
        if (!PasswordHasher.Verify(password, account.PasswordHash))
        {
            await CountAsync(clientKey, lockout.Value.AfterClientFailure, now, cancellationToken);
            await CountAsync(accountKey, lockout.Value.AfterFailure, now, cancellationToken);
            return SignInAttempt.Refused;
        }

        if (SignInLockout.LockedUntil(failed, now) is { } until)
        {
            return SignInAttempt.Wait(lockout.Value.Message(until), until);
        }

        if (failed is not null)
        {
            await failures.ClearAsync(accountKey, cancellationToken);
        }

        switch (account.Status)
        {
            case AccountStatus.Pending:
                return SignInAttempt.Unusable("账号尚待造价站审核，审核通过后即可登录。");
            case AccountStatus.Disabled:
                return SignInAttempt.Unusable("账号已停用，请联系造价站。");
        }

        var session = await directory.SessionAsync(account.UserName, cancellationToken);
        return SignInAttempt.Accepted(new CurrentUser(account.UserName, account.DisplayName, account.Role, account.FirmCreditCode,
            session?.Stamp ?? "", session?.MustChangePassword ?? false));
    }

    /// <summary>
    /// Changes a signed-in person's password: the current one must be right and the new one pass the
    /// <see cref="PasswordPolicy"/>. Returns what is wrong, naming the field, or null when it is changed.
    /// </summary>
    public async Task<Hosting.ProblemItem?> ChangePasswordAsync(string userName, string currentPassword, string newPassword, CancellationToken cancellationToken)
    {
        var account = await directory.FindUserAsync(userName, cancellationToken);
        if (account is null || !PasswordHasher.Verify(currentPassword, account.PasswordHash))
        {
            return new("当前密码不正确。", Field: "currentPassword");
        }

        if (policy.Refusal(userName, newPassword) is { } refusal)
        {
            return new(refusal, Field: "newPassword");
        }

        await directory.SetPasswordHashAsync(userName, PasswordHasher.Hash(newPassword), cancellationToken);
        return null;
    }

    /// <summary>
    /// Whether a session is still the account's: its stamp is the account's current one (log-out and a password change
    /// give a new one) and its must-change mark still holds. A session without a stamp predates stamps and counts as "".
    /// </summary>
    public async Task<bool> IsCurrentAsync(CurrentUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        return await directory.SessionAsync(user.UserName, cancellationToken) is { } session
            && session.Stamp == (user.Stamp ?? "") && session.MustChangePassword == user.MustChangePassword;
    }

    /// <summary>Ends every session of the account (log-out): cookies and tokens stop working on their next request.</summary>
    public Task EndSessionsAsync(string userName, CancellationToken cancellationToken) => directory.EndSessionsAsync(userName, cancellationToken);

    /// <summary>Counts one failure of <paramref name="subject"/>; a request that loses a race with another reads the count again and adds its own.</summary>
    private async Task CountAsync(string? subject, Func<SignInFailures?, DateTimeOffset, SignInFailures> after, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (subject is null)
        {
            return;
        }

        var read = await failures.FindAsync(subject, cancellationToken);
        for (var attempt = 0; attempt < SaveAttempts; attempt++)
        {
            var next = after(read, now);
            if (next == read || await failures.TrySaveAsync(subject, read, next, cancellationToken))
            {
                return;
            }

            read = await failures.FindAsync(subject, cancellationToken);
        }
    }
}
