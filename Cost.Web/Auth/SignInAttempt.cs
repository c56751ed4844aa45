namespace Cost.Web.Auth;

/// <summary>
/// How a sign-in attempt ended: the user; or refused with the HTTP status the token API answers (401 wrong name or
/// password, 403 an account not usable now, 429 locked or too many attempts, with <see cref="RetryAt"/>) and the message.
/// </summary>
public sealed record SignInAttempt(CurrentUser? User, int Status, string Message, DateTimeOffset? RetryAt = null)
{
    /// <summary>What the person is told when the name or the password is wrong: the same for an unknown name.</summary>
    public const string WrongCredentials = "用户名或密码不正确。";

    public static readonly SignInAttempt Refused = new(null, StatusCodes.Status401Unauthorized, WrongCredentials);

    public static SignInAttempt Accepted(CurrentUser user) => new(user, StatusCodes.Status200OK, "");

    public static SignInAttempt Wait(string message, DateTimeOffset until) => new(null, StatusCodes.Status429TooManyRequests, message, until);

    public static SignInAttempt Unusable(string message) => new(null, StatusCodes.Status403Forbidden, message);
}
