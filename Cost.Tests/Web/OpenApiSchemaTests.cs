using System.Text.Json;

namespace Cost.Tests.Web;

/// <summary>The API document describes what each JSON endpoint takes and answers, so a client can be generated from it.</summary>
[Collection(WebSuite.Name)]
public sealed class OpenApiSchemaTests(CostWebFactory factory)
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch"];

    [Fact]
    public async Task Every_json_operation_has_a_typed_request_and_success_schema()
    {
        using var document = JsonDocument.Parse(await factory.CreateClient().GetStringAsync("/openapi/v1.json"));
        var untyped = new List<string>();

        foreach (var path in document.RootElement.GetProperty("paths").EnumerateObject()
            .Where(p => p.Name.StartsWith("/api/", StringComparison.Ordinal) || p.Name.StartsWith("/exchange/", StringComparison.Ordinal)))
        {
            foreach (var operation in path.Value.EnumerateObject().Where(o => Methods.Contains(o.Name)))
            {
                var name = $"{operation.Name.ToUpperInvariant()} {path.Name}";
                if (operation.Value.TryGetProperty("requestBody", out var body)
                    && (!body.TryGetProperty("content", out var bodyContent) || bodyContent.EnumerateObject().Any(c => !Typed(c.Value))))
                {
                    untyped.Add($"{name}：请求正文");
                }

                // 204 No Content carries no body by definition; every other success must describe its content.
                var successes = operation.Value.GetProperty("responses").EnumerateObject().Where(r => r.Name.StartsWith('2') && r.Name != "204").ToList();
                if (successes.Count == 0 || successes.Any(r => !r.Value.TryGetProperty("content", out _)))
                {
                    untyped.Add($"{name}：成功响应没有内容");
                    continue;
                }

                if (successes.SelectMany(r => r.Value.GetProperty("content").EnumerateObject()).Any(c => c.Name.Contains("json", StringComparison.Ordinal) && !Typed(c.Value)))
                {
                    untyped.Add($"{name}：成功响应没有结构");
                }
            }
        }

        Assert.True(untyped.Count == 0, "这些接口在 OpenAPI 文档中没有类型化的结构：\n" + string.Join('\n', untyped));
    }

    [Fact]
    public async Task Exchange_operations_name_the_signature_scheme_and_every_error_answer_is_a_problem()
    {
        using var document = JsonDocument.Parse(await factory.CreateClient().GetStringAsync("/openapi/v1.json"));
        var schemes = document.RootElement.GetProperty("components").GetProperty("securitySchemes");
        Assert.Equal("bearer", schemes.GetProperty("Bearer").GetProperty("scheme").GetString());
        Assert.Equal("X-Signature", schemes.GetProperty("CostHmac").GetProperty("name").GetString());
        Assert.Equal(4, schemes.GetProperty("CostHmac").GetProperty("x-cost-signature").GetProperty("headers").GetArrayLength());
        var faults = new List<string>();

        foreach (var path in document.RootElement.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject().Where(o => Methods.Contains(o.Name)))
            {
                var name = $"{operation.Name.ToUpperInvariant()} {path.Name}";
                if (path.Name.StartsWith("/exchange/", StringComparison.Ordinal)
                    && (!operation.Value.TryGetProperty("security", out var security) || !security.EnumerateArray().Any(r => r.TryGetProperty("CostHmac", out _))))
                {
                    faults.Add($"{name}：未声明签名方案");
                }

                faults.AddRange(operation.Value.GetProperty("responses").EnumerateObject()
                    .Where(r => r.Name[0] is '4' or '5' && !(r.Value.TryGetProperty("content", out var content) && content.TryGetProperty("application/problem+json", out _)))
                    .Select(r => $"{name}：{r.Name} 不是 application/problem+json"));
            }
        }

        Assert.True(faults.Count == 0, string.Join('\n', faults));
    }

    /// <summary>A schema that names a component or says what it holds: not empty, not "anything".</summary>
    private static bool Typed(JsonElement media) =>
        media.TryGetProperty("schema", out var schema)
        && (schema.TryGetProperty("$ref", out _) || schema.TryGetProperty("properties", out _) || schema.TryGetProperty("items", out _)
            || (schema.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String && type.GetString() != "object")
            // An optional body: one of null and a described schema.
            || (schema.TryGetProperty("oneOf", out var oneOf) && oneOf.EnumerateArray().Any(s => s.TryGetProperty("$ref", out _))));
}
