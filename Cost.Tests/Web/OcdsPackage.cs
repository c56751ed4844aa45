using System.Text.Json;

namespace Cost.Tests.Web;

/// <summary>
/// What the OCDS 1.1 release package schema (release-package-schema.json) and release schema require of a package:
/// uri, version "1.1", publishedDate, publisher.name and at least one release ("minItems": 1), each with
/// ocid, id, date, tag and initiationType.
/// </summary>
public static class OcdsPackage
{
    private static readonly string[] ReleaseFields = ["ocid", "id", "date", "tag", "initiationType"];

    public static void AssertValid(JsonElement package)
    {
        Assert.False(string.IsNullOrEmpty(package.Text("uri")));
        Assert.Equal("1.1", package.Text("version"));
        Assert.True(DateTimeOffset.TryParse(package.Text("publishedDate"), System.Globalization.CultureInfo.InvariantCulture, out _));
        Assert.False(string.IsNullOrEmpty(package.GetProperty("publisher").Text("name")));
        var releases = package.GetProperty("releases").EnumerateArray().ToList();
        Assert.NotEmpty(releases);
        Assert.All(releases, release =>
        {
            Assert.All(ReleaseFields, field => Assert.True(release.TryGetProperty(field, out _), $"release 缺少 {field}"));
            Assert.NotEqual(0, release.GetProperty("tag").GetArrayLength());
            // The OCDS closed codelist procurementCategory: a tender filed here is for works.
            Assert.Equal("works", release.GetProperty("tender").Text("mainProcurementCategory"));
        });
        // links.next is the pagination extension's field: a package using it declares the extension.
        if (package.TryGetProperty("links", out var links) && links.TryGetProperty("next", out _))
        {
            Assert.Contains(package.GetProperty("extensions").EnumerateArray(),
                e => e.GetString() == "https://raw.githubusercontent.com/open-contracting-extensions/ocds_pagination_extension/master/extension.json");
        }
    }
}
