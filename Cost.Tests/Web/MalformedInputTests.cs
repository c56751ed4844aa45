using System.Net;
using System.Text;
using System.Text.Json;

namespace Cost.Tests.Web;

/// <summary>
/// Every operation of the OpenAPI document, sent a non-numeric value for each numeric query
/// parameter and a malformed JSON body for each JSON POST, answers 400 problem+json naming the
/// parameter or the body, in Chinese: never a 5xx.
/// </summary>
[Collection(WebSuite.Name)]
public sealed class MalformedInputTests(CostWebFactory factory)
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch"];

    private static readonly Dictionary<string, string> PathValues = new(StringComparer.Ordinal)
    {
        ["tenderCode"] = "XA-2026-0001",
        ["region"] = "610100",
        ["period"] = "2026-10",
        ["creditCode"] = "91610100MA6U000001",
        ["recordId"] = "1",
        ["complaintId"] = "1",
        ["id"] = "1",
        ["userName"] = "nobody-x",
        ["registrationNumber"] = "X0000000",
        ["date"] = "1999-01-01",
        ["sha256"] = new string('0', 64),
    };

    private readonly PlatformSigner _platform = new();

    [Fact]
    public async Task A_non_numeric_query_value_or_malformed_json_body_is_400_naming_it_on_every_operation()
    {
        using var document = JsonDocument.Parse(await factory.CreateClient().GetStringAsync("/openapi/v1.json"));
        var clients = new[] { await factory.BureauAsync(), await factory.ConsultantAsync() };
        var wrong = new List<string>();
        var tried = 0;
        foreach (var path in document.RootElement.GetProperty("paths").EnumerateObject()
            .Where(p => p.Name.StartsWith("/api/", StringComparison.Ordinal) || p.Name.StartsWith("/exchange/", StringComparison.Ordinal)))
        {
            foreach (var operation in path.Value.EnumerateObject().Where(o => Methods.Contains(o.Name)))
            {
                var method = new HttpMethod(operation.Name.ToUpperInvariant());
                var target = PathValues.Aggregate(path.Name, (p, v) => p.Replace($"{{{v.Key}}}", v.Value, StringComparison.Ordinal));
                foreach (var name in NumericQueryParameters(operation.Value))
                {
                    tried++;
                    await CheckAsync(clients, method, $"{target}?{name}=abc", null, name, wrong);
                }

                if (operation.Value.TryGetProperty("requestBody", out var body) && body.TryGetProperty("content", out var content)
                    && content.EnumerateObject().Any(c => c.Name.Contains("json", StringComparison.Ordinal)))
                {
                    tried++;
                    await CheckAsync(clients, method, target, "{\"price\": 1,", "body", wrong);
                }
            }
        }

        Assert.True(tried > 10, $"只检查了 {tried} 个参数或正文。");
        Assert.True(wrong.Count == 0, "这些接口对错误输入没有回答 400 并指出参数：\n" + string.Join('\n', wrong));
    }

    private static IEnumerable<string> NumericQueryParameters(JsonElement operation) =>
        operation.TryGetProperty("parameters", out var parameters)
            ? parameters.EnumerateArray()
                .Where(p => p.GetProperty("in").GetString() == "query" && p.TryGetProperty("schema", out var schema) && Numeric(schema))
                .Select(p => p.GetProperty("name").GetString()!)
            : [];

    private static bool Numeric(JsonElement schema) =>
        schema.TryGetProperty("type", out var type) && type.ToString() is var t
            && (t.Contains("integer", StringComparison.Ordinal) || t.Contains("number", StringComparison.Ordinal) || t.Contains("boolean", StringComparison.Ordinal));

    /// <summary>The first answer that is not 401/403 (the bureau, else the consultant) must be 400 naming <paramref name="field"/>.</summary>
    private async Task CheckAsync(HttpClient[] clients, HttpMethod method, string target, string? body, string field, List<string> wrong)
    {
        var label = $"{method} {target}{(body is null ? "" : "（正文有误）")}";
        HttpResponseMessage? response = null;
        if (target.StartsWith("/exchange/", StringComparison.Ordinal))
        {
            var request = _platform.Sign(method, target, body is null ? [] : Encoding.UTF8.GetBytes(body));
            request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString("N"));
            response = await factory.CreateClient().SendAsync(request);
        }
        else
        {
            foreach (var client in clients)
            {
                using var request = new HttpRequestMessage(method, target);
                if (body is not null)
                {
                    request.Content = new StringContent(body, Encoding.UTF8, "application/json");
                }

                response = await client.SendAsync(request);
                if (response.StatusCode is not (HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden))
                {
                    break;
                }
            }
        }

        if (response!.StatusCode != HttpStatusCode.BadRequest)
        {
            wrong.Add($"{label} → {(int)response.StatusCode}");
            return;
        }

        var text = await response.Content.ReadAsStringAsync();
        if (response.Content.Headers.ContentType?.MediaType != "application/problem+json" || !text.Contains(field, StringComparison.Ordinal)
            || !text.Contains("https://cost.example/problems/", StringComparison.Ordinal)
            || !text.Any(c => c is >= '\u4e00' and <= '\u9fff'))
        {
            wrong.Add($"{label} → 400 但不是指出 {field} 的中文 problem+json：{text}");
        }
    }
}
