using Cost.Domain.Pricing;
using Cost.Web.Auth;

namespace Cost.Web.RuleSets;

/// <summary>The rule sets a tender can be checked by, with what each checks (anyone signed in).</summary>
public static class RuleSetsApi
{
    public static IEndpointRouteBuilder MapRuleSetsApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/rule-sets", List).WithTags("计价规则集").RequireAuthorization(Policies.Member)
            .WithSummary("计价规则集及其检查项：全国规范只核对计算，省级规则集另查不可竞争费、必须计取和已取消的费用、税率");
        return routes;
    }

    private static RuleSetListJson List(RuleSetCatalogue catalogue) => new([.. catalogue.All.Select(RuleSetJson.From)]);
}
