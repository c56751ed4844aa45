using System.Text.Json;
using Xunit.Sdk;

namespace Cost.Tests.Web;

/// <summary>The OCDS check the feed's tests rely on refuses what the official schema refuses.</summary>
public sealed class OcdsPackageTests
{
    private const string Release = """
        {"ocid":"ocds-xa0001-XA-2026-0001","id":"XA-2026-0001-filed-1","date":"2026-12-01T09:00:00+08:00","tag":["tender"],
         "initiationType":"tender","tender":{"id":"XA-2026-0001","status":"active","mainProcurementCategory":"works"}}
        """;

    [Fact]
    public void A_package_as_the_feed_writes_it_passes()
    {
        OcdsPackage.AssertValid(Package(Release));
    }

    /// <summary>No ocid; a tender status, an initiation type outside their closed codelists; an empty tag; a date that is no date-time.</summary>
    [Theory]
    [InlineData("\"ocid\":\"ocds-xa0001-XA-2026-0001\",", "")]
    [InlineData("\"status\":\"active\"", "\"status\":\"open\"")]
    [InlineData("\"initiationType\":\"tender\"", "\"initiationType\":\"auction\"")]
    [InlineData("\"tag\":[\"tender\"]", "\"tag\":[]")]
    [InlineData("\"date\":\"2026-12-01T09:00:00+08:00\"", "\"date\":\"2026年12月1日\"")]
    public void A_package_the_schema_refuses_fails_the_check(string part, string replacement)
    {
        Assert.Contains(part, Release, StringComparison.Ordinal);
        var broken = Package(Release.Replace(part, replacement, StringComparison.Ordinal));
        Assert.Throws<TrueException>(() => OcdsPackage.AssertValid(broken));
    }

    private static JsonElement Package(string release) => JsonDocument.Parse($$"""
        {"uri":"https://cost.example/exchange/v1/ocds/releases","version":"1.1","publishedDate":"2026-12-01T09:00:00+08:00",
         "publisher":{"name":"某市住房和城乡建设局造价站"},"releases":[{{release}}]}
        """).RootElement;
}
