using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Cost.Exchange.Client;

/// <summary>
/// The exchange's HMAC-SHA256 scheme (docs/exchange-api.md), the one implementation both sides use:
/// canonical = METHOD \n PATH?QUERY \n timestamp \n nonce \n hex(SHA-256(body)); signature = base64(HMAC-SHA256(secret, canonical)).
/// </summary>
public static class ExchangeSignature
{
    public const string ClientIdHeader = "X-Client-Id";
    public const string TimestampHeader = "X-Timestamp";
    public const string NonceHeader = "X-Nonce";
    public const string SignatureHeader = "X-Signature";

    /// <summary>How far a timestamp may be from the receiver's clock, in seconds.</summary>
    public const int AllowedSkewSeconds = 300;

    public static string Canonical(string method, string pathAndQuery, string timestamp, string nonce, ReadOnlySpan<byte> body) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{method.ToUpperInvariant()}\n{pathAndQuery}\n{timestamp}\n{nonce}\n{Convert.ToHexStringLower(SHA256.HashData(body))}");

    public static byte[] Sign(string secret, string canonical) =>
        HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(canonical));

    /// <summary>Constant-time comparison of the presented base64 signature with the expected one.</summary>
    public static bool Matches(string secret, string canonical, string presentedBase64)
    {
        var expected = Sign(secret, canonical);
        var presented = new byte[expected.Length];
        return Convert.TryFromBase64String(presentedBase64, presented, out var written)
            && written == expected.Length
            && CryptographicOperations.FixedTimeEquals(presented, expected);
    }

    /// <summary>Signs <paramref name="request"/> (its method, path?query and <paramref name="body"/>) at <paramref name="now"/>: sets the four headers.</summary>
    public static void Apply(HttpRequestMessage request, string clientId, string secret, ReadOnlySpan<byte> body, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(request);
        var target = request.RequestUri is { IsAbsoluteUri: true } uri ? uri : throw new InvalidOperationException("Sign a request with its absolute address.");
        var timestamp = now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var nonce = NewNonce();
        var signature = Convert.ToBase64String(Sign(secret, Canonical(request.Method.Method, target.PathAndQuery, timestamp, nonce, body)));
        foreach (var (name, value) in new[] { (ClientIdHeader, clientId), (TimestampHeader, timestamp), (NonceHeader, nonce), (SignatureHeader, signature) })
        {
            request.Headers.Remove(name);
            request.Headers.Add(name, value);
        }
    }

    /// <summary>A fresh nonce: 32 characters of [0-9a-f], within the scheme's 16–64 of [A-Za-z0-9_-].</summary>
    public static string NewNonce() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
}
