using Cost.Silos.Accounts;

namespace Cost.Web.Auth;

/// <summary>The two roles of docs/http-api.md and the claim that binds a consultant to a firm.</summary>
public static class Roles
{
    public const string Bureau = AccountDirectory.BureauRole;
    public const string Consultant = "Consultant";
    public const string FirmClaim = "firm";
}
