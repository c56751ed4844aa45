using System.Net;

namespace Cost.Tests.Web;

/// <summary>A page that cannot be shown answers inside the site, in Chinese; the APIs keep answering problem+json.</summary>
[Collection(WebSuite.Name)]
public sealed class StatusPageTests(CostWebFactory factory)
{
    [Theory]
    [InlineData("/nope")]
    [InlineData("/prices/nope/deeper")]
    public async Task An_unknown_page_is_a_404_page_of_the_site(string path)
    {
        var response = await factory.CreateClient().GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("页面不存在", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/nope")]
    [InlineData("/exchange/v1/nope")]
    public async Task An_unknown_api_address_is_still_problem_json(string path)
    {
        var response = await factory.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.NotEqual("text/html", response.Content.Headers.ContentType?.MediaType);
    }
}
