using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Cost.Web.Exchange;

/// <summary>
/// The HMAC-SHA256 scheme of docs/exchange-api.md. canonical = METHOD \n PATH?QUERY \n timestamp
/// \n nonce \n hex(SHA-256(body)); signature = base64(HMAC-SHA256(secret, canonical)).
/// </summary>
public static class RequestSignature
{
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
}
