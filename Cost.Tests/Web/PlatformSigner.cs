using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Cost.Tests.Web;

/// <summary>
/// Signs requests the way the trading platform does, written from docs/exchange-api.md alone
/// (not with the server's code), so the tests check the contract.
/// </summary>
public sealed class PlatformSigner(string clientId = "platform", string secret = "platform-demo-secret")
{
    public HttpRequestMessage Get(string pathAndQuery, long? timestamp = null, string? nonce = null) =>
        Sign(HttpMethod.Get, pathAndQuery, [], timestamp, nonce);

    public HttpRequestMessage Sign(HttpMethod method, string pathAndQuery, byte[] body, long? timestamp = null, string? nonce = null)
    {
        var ts = (timestamp ?? DateTimeOffset.UtcNow.ToUnixTimeSeconds()).ToString(CultureInfo.InvariantCulture);
        var n = nonce ?? Guid.NewGuid().ToString("N");
        var canonical = $"{method.Method}\n{pathAndQuery}\n{ts}\n{n}\n{Convert.ToHexString(SHA256.HashData(body)).ToLowerInvariant()}";
        var signature = Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(canonical)));
        var request = new HttpRequestMessage(method, pathAndQuery);
        request.Headers.Add("X-Client-Id", clientId);
        request.Headers.Add("X-Timestamp", ts);
        request.Headers.Add("X-Nonce", n);
        request.Headers.Add("X-Signature", signature);
        if (body.Length > 0)
        {
            request.Content = new ByteArrayContent(body);
            request.Content.Headers.ContentType = new("application/json");
        }

        return request;
    }
}
