using System.Net;

namespace Cost.Tests.Web;

/// <summary>The bureau's licence and publication policy, from configuration, on every OCDS package.</summary>
[Trait("Store", "sqlite")] // configuration only; the cluster pass reads OCDS packages in ExchangeBiddingTests
public sealed class OcdsPublicationTests(OcdsPublicationTests.PublishingFactory factory) : IClassFixture<OcdsPublicationTests.PublishingFactory>
{
    private const string License = "https://creativecommons.org/licenses/by/4.0/";
    private const string Policy = "https://zjz.example.gov.cn/open-data/publication-policy";

    [Fact]
    public async Task A_package_carries_the_configured_license_and_publication_policy()
    {
        await Tenders.FiledAsync(factory);

        var response = await factory.CreateClient().SendAsync(new PlatformSigner().Get("/exchange/v1/ocds/releases?limit=5"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var package = await response.JsonAsync();
        OcdsPackage.AssertValid(package);
        Assert.Equal(License, package.Text("license"));
        Assert.Equal(Policy, package.Text("publicationPolicy"));
    }

    public sealed class PublishingFactory() : CostWebFactory(Directory.CreateTempSubdirectory("cost-ocds-").FullName,
        new Dictionary<string, string> { ["Exchange:OcdsLicense"] = License, ["Exchange:OcdsPublicationPolicy"] = Policy }, ownsFolder: true, fromTemplate: true);
}
