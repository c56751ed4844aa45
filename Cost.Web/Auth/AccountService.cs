using Cost.Silos.Store;

namespace Cost.Web.Auth;

/// <summary>Checks a user name and password against the store; the same for the token API and the log-in page.</summary>
public sealed class AccountService(DirectoryStore directory)
{
    public async Task<CurrentUser?> SignInAsync(string? userName, string? password, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(userName) || string.IsNullOrEmpty(password))
        {
            return null;
        }

        var account = await directory.FindUserAsync(userName.Trim(), cancellationToken);
        return account is not null && PasswordHasher.Verify(password, account.PasswordHash)
            ? new CurrentUser(account.UserName, account.DisplayName, account.Role, account.FirmCreditCode)
            : null;
    }
}
