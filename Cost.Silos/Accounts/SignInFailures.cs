namespace Cost.Silos.Accounts;

/// <summary>
/// An account's failed sign-ins: how many since <paramref name="WindowStartedAt"/>, and until when the
/// account is locked (null when it is not). <paramref name="RowVersion"/> is the stored row's version.
/// </summary>
public sealed record SignInFailures(int Failures, DateTimeOffset WindowStartedAt, DateTimeOffset? LockedUntil, long RowVersion = 0);
