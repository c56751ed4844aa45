using System.Net;

namespace Cost.Tests.Web;

/// <summary>The public credit register answers every search and date a visitor can type, never with a 500.</summary>
[Collection(WebSuite.Name)]
public sealed class PublicRegisterRobustnessTests(CostWebFactory factory)
{
    [Theory]
    [InlineData("/firms?q=%E6%B2%A1%E6%9C%89%E8%BF%99%E5%AE%B6")]
    [InlineData("/api/public/firms?q=%E6%B2%A1%E6%9C%89%E8%BF%99%E5%AE%B6")]
    [InlineData("/api/public/firms.xlsx?q=%E6%B2%A1%E6%9C%89%E8%BF%99%E5%AE%B6")]
    [InlineData("/firms?q=")]
    public async Task A_search_that_matches_nothing_answers_an_empty_register(string path)
    {
        var response = await factory.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("/firms/91610113MA6W8K3Q77?asOf=0001-01-01")]
    [InlineData("/api/public/firms/91610113MA6W8K3Q77?asOf=0001-01-01")]
    [InlineData("/firms/91610113MA6W8K3Q77?asOf=9999-12-31")]
    [InlineData("/api/public/firms/91610113MA6W8K3Q77?asOf=9999-12-31")]
    public async Task A_date_at_the_ends_of_the_calendar_is_not_a_server_error(string path)
    {
        var response = await factory.CreateClient().GetAsync(path);

        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"{path}: {(int)response.StatusCode}");
    }
}
