using System.Globalization;
using System.Text.RegularExpressions;
using Cost.Exchange.Client;
using Cost.Silos.Exchange;
using Cost.Web.Hosting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Cost.Web.Exchange;

/// <summary>
/// Authenticates every exchange request by its signature headers. Each failed check answers 401
/// problem+json of the check's own type (also named by the extension "check"), so the platform's program can tell which.
/// </summary>
public sealed partial class SignatureFilter(IOptionsMonitor<ExchangeOptions> options, INonceLedger nonces, TimeProvider clock) : IEndpointFilter
{
    public static readonly TimeSpan MaxSkew = TimeSpan.FromSeconds(ExchangeSignature.AllowedSkewSeconds);
    public const string ClientItem = "exchange-client";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var failure = await CheckAsync(http);
        return failure ?? await next(context);
    }

    private async Task<IResult?> CheckAsync(HttpContext http)
    {
        var headers = http.Request.Headers;
        string clientId = headers[ExchangeSignature.ClientIdHeader].ToString(), timestamp = headers[ExchangeSignature.TimestampHeader].ToString(),
            nonce = headers[ExchangeSignature.NonceHeader].ToString(), signature = headers[ExchangeSignature.SignatureHeader].ToString();
        if (string.IsNullOrEmpty(clientId) || string.IsNullOrEmpty(timestamp) || string.IsNullOrEmpty(nonce) || string.IsNullOrEmpty(signature))
        {
            var missing = new[]
                {
                    (ExchangeSignature.ClientIdHeader, clientId), (ExchangeSignature.TimestampHeader, timestamp),
                    (ExchangeSignature.NonceHeader, nonce), (ExchangeSignature.SignatureHeader, signature),
                }
                .Where(h => string.IsNullOrEmpty(h.Item2)).Select(h => h.Item1);
            return Refuse(http, "missing-header", Problems.SignatureMissingHeader, $"缺少签名请求头：{string.Join("、", missing)}。");
        }

        if (!options.CurrentValue.Clients.TryGetValue(clientId, out var client) || !client.AcceptedSecrets().Any())
        {
            return Refuse(http, "unknown-client", Problems.SignatureUnknownClient, $"未知的客户端“{clientId}”。");
        }

        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return Refuse(http, "bad-timestamp", Problems.SignatureBadTimestamp, "X-Timestamp 须为 Unix 时间（秒）。");
        }

        var now = clock.GetUtcNow();
        if (Math.Abs(now.ToUnixTimeSeconds() - seconds) > MaxSkew.TotalSeconds)
        {
            return Refuse(http, "stale-timestamp", Problems.SignatureStaleTimestamp, $"X-Timestamp 与服务器时间相差超过 {MaxSkew.TotalSeconds:F0} 秒（服务器时间 {now.ToUnixTimeSeconds()}）。");
        }

        if (!NoncePattern().IsMatch(nonce))
        {
            return Refuse(http, "bad-nonce", Problems.SignatureBadNonce, "X-Nonce 须为 16–64 位字母、数字、“_”或“-”。");
        }

        var body = await ReadBodyAsync(http.Request);
        var canonical = ExchangeSignature.Canonical(http.Request.Method, PathAndQuery(http), timestamp, nonce, body);
        // During a rotation both the new and the previous secret are accepted.
        if (!client.AcceptedSecrets().Any(secret => ExchangeSignature.Matches(secret, canonical, signature)))
        {
            return Refuse(http, "bad-signature", Problems.SignatureMismatch, "签名不正确：请按 METHOD、PATH?QUERY、X-Timestamp、X-Nonce、正文 SHA-256 计算 HMAC-SHA256。");
        }

        // The nonce is recorded only for a correctly signed request, so nobody can burn a client's nonces.
        if (!await nonces.TryUseAsync(clientId, nonce, now))
        {
            return Refuse(http, "replayed-nonce", Problems.SignatureReplayedNonce, "X-Nonce 在 10 分钟内已使用过（重放请求被拒绝）。");
        }

        http.Items[ClientItem] = clientId;
        return null;
    }

    /// <summary>The request target exactly as sent (raw path and query), as the signer saw it.</summary>
    private static string PathAndQuery(HttpContext http)
    {
        var raw = http.Features.Get<IHttpRequestFeature>()?.RawTarget;
        return string.IsNullOrEmpty(raw) ? $"{http.Request.PathBase}{http.Request.Path}{http.Request.QueryString}" : raw;
    }

    /// <summary>The body as sent (empty when the request has none), left readable for the endpoint.</summary>
    private static async Task<byte[]> ReadBodyAsync(HttpRequest request)
    {
        if (request.ContentLength == 0 || (request.ContentLength is null && request.Headers.TransferEncoding.Count == 0))
        {
            return [];
        }

        request.EnableBuffering();
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, request.HttpContext.RequestAborted);
        request.Body.Position = 0;
        return buffer.ToArray();
    }

    private static ProblemHttpResult Refuse(HttpContext http, string check, ProblemKind kind, string message)
    {
        // RFC 9110 §11.6.1: every 401 names the scheme; header values stay ASCII, so the description is the problem type.
        http.Response.Headers.WWWAuthenticate = $"{Hosting.OpenApiSecurity.SignatureScheme} error=\"{check}\", error_description=\"{kind.Type}\"";
        var details = Problems.Details(kind, message, [new ProblemItem(message, Field: check)]);
        details.Extensions["check"] = check;
        return TypedResults.Problem(details);
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{16,64}$")]
    private static partial Regex NoncePattern();
}
