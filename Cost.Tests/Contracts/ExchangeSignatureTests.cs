using System.Text;
using Cost.Exchange.Client;
using Cost.Tests.Importers.Prices;

namespace Cost.Tests.Contracts;

/// <summary>
/// The worked signing example of docs/exchange-api.md (computed there with Python and openssl, not with this code):
/// the scheme's one implementation gives the same canonical strings and signatures, and the document still shows them.
/// </summary>
public sealed class ExchangeSignatureTests
{
    private const string Secret = "platform-demo-secret";

    public static TheoryData<string, string, string, string, string> Examples => new()
    {
        { "GET", "/exchange/v1/tenders/XA-2026-0001/ceiling-price", "0123456789abcdef0123456789abcdef", "", "j4HhZdNCE32DVC+w11V9nLIMM7QAoG4LA+Cw60Z8t5Y=" },
        {
            "POST", "/exchange/v1/tenders/XA-2026-0001/awards", "fedcba9876543210fedcba9876543210",
            """{"winnerCreditCode":"91610113MA6W8K3Q77","winnerName":"秦川造价","price":10900000.00,"awardedAt":"2026-12-01T10:00:00+08:00"}""",
            "F706cxFcFYDdLqYePz4aUd1v3Cy/AWiHSadVU0BkNI4="
        },
    };

    [Theory]
    [MemberData(nameof(Examples))]
    public void The_documented_example_signs_to_the_documented_signature(string method, string path, string nonce, string body, string signature)
    {
        var canonical = ExchangeSignature.Canonical(method, path, "1764900000", nonce, Encoding.UTF8.GetBytes(body));

        Assert.Equal(signature, Convert.ToBase64String(ExchangeSignature.Sign(Secret, canonical)));
        Assert.True(ExchangeSignature.Matches(Secret, canonical, signature));
        Assert.False(ExchangeSignature.Matches(Secret + "x", canonical, signature));
        Assert.Contains(signature, File.ReadAllText(Path.Combine(RepoData.Root, "docs", "exchange-api.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_request_signed_by_the_handler_carries_the_four_headers_and_verifies()
    {
        var body = Encoding.UTF8.GetBytes("""{"a":1}""");
        using var request = new HttpRequestMessage(HttpMethod.Post, "https://cost.example/exchange/v1/tenders/X/awards?x=1");
        var at = DateTimeOffset.FromUnixTimeSeconds(1764900000);

        ExchangeSignature.Apply(request, "platform", Secret, body, at);

        string Header(string name) => request.Headers.GetValues(name).Single();
        Assert.Equal("platform", Header(ExchangeSignature.ClientIdHeader));
        Assert.Equal("1764900000", Header(ExchangeSignature.TimestampHeader));
        Assert.Matches("^[0-9a-f]{32}$", Header(ExchangeSignature.NonceHeader));
        var canonical = ExchangeSignature.Canonical("POST", "/exchange/v1/tenders/X/awards?x=1", "1764900000", Header(ExchangeSignature.NonceHeader), body);
        Assert.True(ExchangeSignature.Matches(Secret, canonical, Header(ExchangeSignature.SignatureHeader)));
    }
}
