namespace Cost.Silos.Accounts;

/// <summary>What every request of an account is checked against: its current security stamp, and whether its password is a temporary one to change first.</summary>
public sealed record AccountSession(string Stamp, bool MustChangePassword);
