using System.Net;
using System.Reflection;
using Cost.Tests.Importers.Prices;
using Cost.Web.Hosting;

namespace Cost.Tests.Web;

/// <summary>Problems a program can tell apart (RFC 9457): a stable type per kind, a fixed title, the occurrence in detail.</summary>
[Collection(WebSuite.Name)]
public sealed class ProblemKindsTests(CostWebFactory factory)
{
    private static readonly ProblemKind[] Kinds = [.. typeof(Problems).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.FieldType == typeof(ProblemKind)).Select(f => (ProblemKind)f.GetValue(null)!)];

    [Fact]
    public void Every_kind_has_its_own_slug_and_title_and_is_documented_with_its_status()
    {
        var document = File.ReadAllLines(Path.Combine(RepoData.Root, "docs", "problems.md"));

        Assert.Equal(Kinds.Length, Kinds.Select(k => k.Slug).Distinct().Count());
        Assert.Equal(Kinds.Length, Kinds.Select(k => k.Title).Distinct().Count());
        Assert.All(Kinds, kind =>
        {
            var row = Assert.Single(document, line => line.StartsWith($"| `{kind.Slug}` |", StringComparison.Ordinal));
            Assert.Contains($"| {kind.Status} |", row, StringComparison.Ordinal);
            Assert.Contains(kind.Title, row, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task A_json_api_call_without_credentials_is_the_unauthorized_kind()
    {
        await (await factory.CreateClient().GetAsync("/api/projects")).ProblemAsync(HttpStatusCode.Unauthorized, "unauthorized");
    }

    [Fact]
    public async Task A_non_numeric_limit_is_the_invalid_parameter_kind_naming_it()
    {
        var response = await factory.CreateClient().SendAsync(new PlatformSigner().Get("/exchange/v1/ceiling-prices?limit=abc"));

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest, "invalid-parameter");
        Assert.Equal("limit", Assert.Single(problem.GetProperty("errors").EnumerateArray()).Text("field"));
        Assert.Contains("abc", problem.Text("detail"), StringComparison.Ordinal);
    }
}
