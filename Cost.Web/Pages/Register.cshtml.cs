using System.Collections.Immutable;
using Cost.Domain.Accounts;
using Cost.Silos.Accounts;
using Cost.Silos.ReadModels;
using Cost.Web.Auth;
using Cost.Web.Hosting;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cost.Web.Pages;

/// <summary>A firm's consultant asks for an account with the firm's USCC and a password of their own; the bureau approves it on /accounts.</summary>
public sealed class RegisterModel(AccountDirectory directory, FirmRegister firms, PasswordPolicy policy, TimeProvider clock) : PageModel
{
    public string? UserName { get; private set; }

    public string? DisplayName { get; private set; }

    public string? FirmCreditCode { get; private set; }

    public bool Registered { get; private set; }

    public ImmutableArray<ProblemItem> Problems { get; private set; } = [];

    public string? Error { get; private set; }

    public void OnGet()
    {
    }

    public async Task OnPostAsync(string? userName, string? displayName, string? firmCreditCode, string? password, string? confirmPassword, CancellationToken cancellationToken)
    {
        (UserName, DisplayName, FirmCreditCode) = (userName, displayName, firmCreditCode);
        if (password != confirmPassword)
        {
            Error = "两次输入的密码不一致。";
            return;
        }

        var outcome = await AccountsApi.RegisterAsync(new AccountsApi.RegisterRequest(userName, displayName, firmCreditCode, password), directory, firms, policy, clock, cancellationToken);
        Registered = outcome.Succeeded;
        (Error, Problems) = outcome.Succeeded ? (null, []) : (outcome.Detail, outcome.Problems);
    }
}
