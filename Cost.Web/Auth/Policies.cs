using Microsoft.AspNetCore.Authorization;

namespace Cost.Web.Auth;

/// <summary>Authorization policies by role.</summary>
public static class Policies
{
    public const string Member = "member";
    public const string BureauOnly = "bureau";
    public const string ConsultantOnly = "consultant";

    public static AuthorizationBuilder AddCostPolicies(this AuthorizationBuilder builder) => builder
        .AddPolicy(Member, p => p.RequireRole(Roles.Bureau, Roles.Consultant))
        .AddPolicy(BureauOnly, p => p.RequireRole(Roles.Bureau))
        .AddPolicy(ConsultantOnly, p => p.RequireRole(Roles.Consultant));
}
