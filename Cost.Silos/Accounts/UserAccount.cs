namespace Cost.Silos.Accounts;

/// <summary>
/// An account: role "Bureau" or "Consultant"; a consultant is bound to one firm (USCC). <see cref="Status"/> is one of
/// <see cref="AccountStatus"/>.
/// </summary>
public sealed record UserAccount(string UserName, string DisplayName, string PasswordHash, string Role, string? FirmCreditCode, string Status = AccountStatus.Active);
