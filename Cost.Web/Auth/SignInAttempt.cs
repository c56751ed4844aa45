namespace Cost.Web.Auth;

/// <summary>How a sign-in attempt ended: the user; or refused (wrong name or password); or the account locked until a time.</summary>
public sealed record SignInAttempt(CurrentUser? User, DateTimeOffset? LockedUntil)
{
    public static readonly SignInAttempt Refused = new(null, null);

    /// <summary>What the person is told when the sign-in fails.</summary>
    public const string WrongCredentials = "用户名或密码不正确。";
}
