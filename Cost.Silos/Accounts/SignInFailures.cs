namespace Cost.Silos.Accounts;

/// <summary>
/// Failed sign-ins of one subject (an account or a client address): how many since <paramref name="WindowStartedAt"/>,
/// until when it is locked or must wait (null when it need not), and how many locks it has had
/// (<paramref name="Locks"/>, accounts only). <paramref name="RowVersion"/> is the stored row's version.
/// </summary>
public sealed record SignInFailures(int Failures, DateTimeOffset WindowStartedAt, DateTimeOffset? LockedUntil, int Locks = 0, long RowVersion = 0);
