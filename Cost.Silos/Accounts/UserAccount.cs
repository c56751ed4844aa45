namespace Cost.Silos.Accounts;

/// <summary>An account: role "Bureau" or "Consultant"; a consultant is bound to one firm (USCC).</summary>
public sealed record UserAccount(string UserName, string DisplayName, string PasswordHash, string Role, string? FirmCreditCode);
