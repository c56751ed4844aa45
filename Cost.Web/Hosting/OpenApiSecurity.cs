using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Cost.Web.Hosting;

/// <summary>
/// Describes, once for every endpoint, how callers authenticate and how errors look: the bearer scheme on /api, the
/// HMAC signature scheme on /exchange (an apiKey scheme on X-Signature plus the x-cost-signature extension naming all
/// four headers and the canonical string), and an application/problem+json body on every 4xx/5xx answer. Endpoints
/// added later get all of this without touching this file.
/// </summary>
public sealed class OpenApiSecurity : IOpenApiDocumentTransformer, IOpenApiOperationTransformer
{
    public const string BearerScheme = "Bearer";
    public const string SignatureScheme = "CostHmac";
    private const string ProblemSchema = "Problem";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[BearerScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            BearerFormat = "JWT",
            Description = "POST /api/auth/token 取得的 JWT，放在 Authorization: Bearer 请求头中。",
        };
        document.Components.SecuritySchemes[SignatureScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Header,
            Name = "X-Signature",
            Description = "HMAC-SHA256 请求签名：X-Client-Id、X-Timestamp、X-Nonce、X-Signature 四个请求头，签名串见 x-cost-signature。",
            Extensions = new Dictionary<string, IOpenApiExtension> { ["x-cost-signature"] = new JsonNodeExtension(SignatureExtension()) },
        };
        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        document.Components.Schemas[ProblemSchema] = Problem();
        // Every 4xx/5xx answer refers to Problem (below); the framework's own ProblemDetails schema is then unused.
        document.Components.Schemas.Remove("ProblemDetails");

        foreach (var item in document.Paths.Values)
        {
            foreach (var operation in item.Operations?.Values ?? Enumerable.Empty<OpenApiOperation>())
            {
                DescribeProblems(document, operation);
            }
        }

        return Task.CompletedTask;
    }

    /// <summary>Exchange endpoints are all signed; /api endpoints that require authorization take the bearer token.</summary>
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var path = "/" + context.Description.RelativePath;
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        var authorized = metadata.OfType<IAuthorizeData>().Any() && !metadata.OfType<IAllowAnonymous>().Any();
        var scheme = path.StartsWith("/exchange/", StringComparison.Ordinal) ? SignatureScheme
            : path.StartsWith("/api/", StringComparison.Ordinal) && authorized ? BearerScheme
            : null;
        // An open endpoint says so with an empty requirement ({}): no scheme needed.
        operation.Security = scheme is null
            ? [new OpenApiSecurityRequirement()]
            : [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(scheme, context.Document)] = [] }];

        // The answers every such endpoint can give besides its own (their bodies: the Problem schema, below).
        operation.Responses ??= [];
        if (operation.Parameters is { Count: > 0 } || operation.RequestBody is not null)
        {
            operation.Responses.TryAdd("400", new OpenApiResponse { Description = "请求参数或正文有误：errors 逐项指明字段。" });
        }

        if (scheme is not null)
        {
            operation.Responses.TryAdd("401", new OpenApiResponse { Description = scheme == SignatureScheme ? "签名无效：type 指明哪项检查未通过。" : "未登录或令牌已失效。" });
        }

        if (path.StartsWith("/api/", StringComparison.Ordinal) || path.StartsWith("/exchange/", StringComparison.Ordinal))
        {
            operation.Responses.TryAdd("429", new OpenApiResponse
            {
                Description = "超过每分钟的调用额度（按账号、地址或交易平台客户端）。",
                Headers = new Dictionary<string, IOpenApiHeader>
                {
                    ["Retry-After"] = new OpenApiHeader { Description = "几秒后可重试。", Schema = new OpenApiSchema { Type = JsonSchemaType.Integer } },
                },
            });
        }

        return Task.CompletedTask;
    }

    private static void DescribeProblems(OpenApiDocument document, OpenApiOperation operation)
    {
        foreach (var (status, response) in operation.Responses ?? [])
        {
            if ((status.StartsWith('4') || status.StartsWith('5')) && response is OpenApiResponse concrete)
            {
                concrete.Description ??= "问题详情（RFC 9457）。";
                concrete.Content = new Dictionary<string, OpenApiMediaType>
                {
                    ["application/problem+json"] = new() { Schema = new OpenApiSchemaReference(ProblemSchema, document) },
                };
            }
        }
    }

    private static OpenApiSchema Problem() => new()
    {
        Type = JsonSchemaType.Object,
        Description = "RFC 9457 问题详情：type 为每种问题固定的 URI，title 为固定的中文标题，detail 说明本次情况。",
        Required = new HashSet<string> { "type", "title", "status" },
        Properties = new Dictionary<string, IOpenApiSchema>
        {
            ["type"] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "uri", Example = JsonValue.Create("https://cost.example/problems/not-found") },
            ["title"] = new OpenApiSchema { Type = JsonSchemaType.String, Example = JsonValue.Create("未找到") },
            ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Example = JsonValue.Create(404) },
            ["detail"] = new OpenApiSchema { Type = JsonSchemaType.String },
            ["instance"] = new OpenApiSchema { Type = JsonSchemaType.String },
        },
    };

    private static JsonObject SignatureExtension() => new()
    {
        ["headers"] = new JsonArray("X-Client-Id", "X-Timestamp", "X-Nonce", "X-Signature"),
        ["timestamp"] = "Unix time in seconds; at most 300 s from the server's clock.",
        ["nonce"] = "16-64 characters of [A-Za-z0-9_-], never reused within 10 minutes.",
        ["canonical"] = "METHOD \\n PATH?QUERY \\n X-Timestamp \\n X-Nonce \\n hex(SHA-256(body))",
        ["signature"] = "base64(HMAC-SHA256(client secret, UTF-8 canonical string))",
        ["reference"] = "docs/exchange-api.md",
    };
}
