using System.Text.Json;
using NJsonSchema;

namespace Cost.Tests.Web;

/// <summary>
/// Every release package is validated against the OCDS 1.1 release package schema and release schema (copies in
/// Web/Ocds, JSON Schema draft 4; the package schema's reference to the release schema resolves to the copy), then against
/// what this publication promises beyond the schema: version "1.1", a named publisher, at least one release, works as the
/// main procurement category, and the pagination extension declared wherever <c>links.next</c> is used.
/// </summary>
public static class OcdsPackage
{
    private const string ReleaseSchemaUrl = "https://standard.open-contracting.org/schema/1__1__5/release-schema.json";

    private static readonly Lazy<JsonSchema> Schema = new(() =>
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Web", "Ocds");
        var package = File.ReadAllText(Path.Combine(folder, "release-package-schema.json")).Replace(ReleaseSchemaUrl, "release-schema.json", StringComparison.Ordinal);
        return JsonSchema.FromJsonAsync(package, Path.Combine(folder, "release-package-schema.json")).GetAwaiter().GetResult();
    });

    public static void AssertValid(JsonElement package)
    {
        var errors = Schema.Value.Validate(package.GetRawText());
        Assert.True(errors.Count == 0, "不符合 OCDS 1.1 发布包模式：" + string.Join("；", errors.Select(e => $"{e.Path} {e.Kind}")));

        Assert.Equal("1.1", package.Text("version"));
        Assert.False(string.IsNullOrEmpty(package.GetProperty("publisher").Text("name")));
        var releases = package.GetProperty("releases").EnumerateArray().ToList();
        Assert.NotEmpty(releases);
        // The OCDS closed codelist procurementCategory: a tender filed here is for works.
        Assert.All(releases, release => Assert.Equal("works", release.GetProperty("tender").Text("mainProcurementCategory")));
        // links.next is the pagination extension's field: a package using it declares the extension.
        if (package.TryGetProperty("links", out var links) && links.TryGetProperty("next", out _))
        {
            Assert.Contains(package.GetProperty("extensions").EnumerateArray(),
                e => e.GetString() == "https://raw.githubusercontent.com/open-contracting-extensions/ocds_pagination_extension/master/extension.json");
        }
    }
}
