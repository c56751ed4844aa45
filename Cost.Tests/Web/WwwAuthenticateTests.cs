using System.Net;

namespace Cost.Tests.Web;

/// <summary>Every 401 tells the caller which scheme to use (RFC 9110 §11.6.1): Bearer on /api, the HMAC scheme on /exchange.</summary>
[Collection(WebSuite.Name)]
public sealed class WwwAuthenticateTests(CostWebFactory factory)
{
    [Fact]
    public async Task An_unsigned_exchange_request_is_told_to_sign_with_the_hmac_scheme()
    {
        var response = await factory.CreateClient().GetAsync("/exchange/v1/ceiling-prices");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var challenge = Assert.Single(response.Headers.WwwAuthenticate);
        Assert.Equal("CostHmac", challenge.Scheme);
        Assert.Contains("missing-header", challenge.Parameter, StringComparison.Ordinal);
        Assert.Contains("https://cost.example/problems/", challenge.Parameter, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_anonymous_api_request_is_told_to_send_a_bearer_token()
    {
        var response = await factory.CreateClient().GetAsync("/api/audit/verify");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains(response.Headers.WwwAuthenticate, c => c.Scheme == "Bearer");
    }
}
