using System.Security.Cryptography;
using Cost.Contracts;
using Cost.Web.Hosting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Cost.Web.Exchange;

/// <summary>
/// The Idempotency-Key side of a platform POST: the key (1–100 characters), the signed client, the
/// request path and the SHA-256 of the body bytes; and the answer a grain gives, as HTTP.
/// </summary>
public static class IdempotentCall
{
    public const string Header = "Idempotency-Key";

    /// <summary>The request under its key, or the 400 to answer when the key is missing or too long.</summary>
    public static async Task<(IdempotentRequest? Request, byte[] Body, ProblemHttpResult? Problem)> ReadAsync(HttpContext http)
    {
        var key = http.Request.Headers[Header].ToString();
        http.Request.EnableBuffering();
        http.Request.Body.Position = 0;
        using var buffer = new MemoryStream();
        await http.Request.Body.CopyToAsync(buffer, http.RequestAborted);
        var body = buffer.ToArray();
        if (key.Length is < 1 or > 100)
        {
            return (null, body, Outcome.Problem(StatusCodes.Status400BadRequest, "缺少或错误的 Idempotency-Key 请求头（1–100 个字符）。",
                [ProblemItem.ForField(Header, "Idempotency-Key 须为 1–100 个字符，同一请求重试时保持不变。")], Problems.MissingIdempotencyKey));
        }

        var client = http.Items[SignatureFilter.ClientItem] as string ?? "";
        var path = http.Features.Get<IHttpRequestFeature>()?.RawTarget is { Length: > 0 } raw ? raw : $"{http.Request.Path}{http.Request.QueryString}";
        return (new IdempotentRequest(client, key, path, Convert.ToHexStringLower(SHA256.HashData(body))), body, null);
    }

    /// <summary>200 with the stored JSON, 404 or 409 problem+json.</summary>
    public static Results<ContentHttpResult, ProblemHttpResult> ToResult(this GrainResult<string> answer) => answer.ToOutcome().ToResult(Json);

    /// <summary>200 with JSON already written: the stored answer, the same bytes on every repeat.</summary>
    public static ContentHttpResult Json(string json) => TypedResults.Text(json, "application/json", System.Text.Encoding.UTF8);
}
