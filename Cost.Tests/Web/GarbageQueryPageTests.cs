using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Cost.Tests.Web;

/// <summary>
/// No page answers 5xx, whatever its query string or route values: every page route of the site, as the
/// public and as each role, with garbage in every parameter a page reads (empty, text, negative, huge, a
/// month that does not exist, markup, control characters).
/// </summary>
[Collection(WebSuite.Name)]
public sealed partial class GarbageQueryPageTests(CostWebFactory factory)
{
    private static readonly string[] Names = ["region", "period", "q", "asOf", "page", "pageSize", "year", "todayPrices", "status", "from", "to", "action",
        "subject", "actor", "category", "flagged", "range", "months", "resourceCode", "spec", "handler", "code"];

    private static readonly string[] Values = ["", "zzz", "-1", "99999999999999999999", "2026-13", "0001-01-01", "%3Cscript%3E", "%00%01", "%E2%80%AE", "..%2F..%2Fetc"];

    private static readonly Dictionary<string, string[]> RouteValues = new(StringComparer.Ordinal)
    {
        ["tenderCode"] = ["XA-2026-0001", "NOPE", "%E2%80%AE"],
        ["creditCode"] = ["91610113MA6W8K3Q77", "91610113MA6W8K3Q70", "x"],
        ["registrationNumber"] = ["%E5%BB%BA%5B%E9%80%A0%5D16610000123", "X0000000", "%27%3Cscript%3E"],
        ["indexCode"] = ["residential", "nope"],
        ["code"] = ["404", "500", "0"],
    };

    [Fact]
    public async Task No_page_answers_5xx_to_garbage_in_its_query_or_route()
    {
        var sessions = new[]
        {
            await BrowserSession.AnonymousAsync(factory),
            await BrowserSession.SignedInAsync(factory, "consultant", "consultant-demo"),
            await BrowserSession.SignedInAsync(factory, "bureau", "bureau-demo"),
        };
        var failures = new List<string>();
        foreach (var path in PagePaths())
        {
            foreach (var query in Queries())
            {
                foreach (var session in sessions)
                {
                    var response = await session.GetAsync(path + query);
                    if ((int)response.StatusCode >= 500)
                    {
                        failures.Add($"{(int)response.StatusCode} {path}{query}");
                    }
                }
            }
        }

        Assert.Empty(failures);
    }

    private IEnumerable<string> PagePaths()
    {
        var templates = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is not null || e.Metadata.Any(m => m.GetType().Name.Contains("PageActionDescriptor", StringComparison.Ordinal)))
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/')).Distinct(StringComparer.Ordinal).Where(t => t != "/logout").ToList();
        Assert.NotEmpty(templates);
        foreach (var template in templates)
        {
            var names = Parameter().Matches(template).Select(m => m.Groups[1].Value).ToList();
            if (names.Count == 0)
            {
                yield return template;
                continue;
            }

            foreach (var value in RouteValues[names[0]])
            {
                yield return Parameter().Replace(template, value);
            }
        }
    }

    private static IEnumerable<string> Queries()
    {
        yield return "";
        foreach (var value in Values)
        {
            yield return "?" + string.Join("&", Names.Select(n => $"{n}={value}"));
        }
    }

    [GeneratedRegex(@"\{(\w+)(?::\w+)?\}")]
    private static partial Regex Parameter();
}
