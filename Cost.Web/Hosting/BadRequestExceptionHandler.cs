using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;

namespace Cost.Web.Hosting;

/// <summary>
/// A query value that does not bind (<c>?limit=abc</c>) or a body that is not the JSON the endpoint
/// reads: 400 problem+json naming the parameter, or <c>body</c>, in Chinese, instead of a 500.
/// ASP.NET Core names the parameter only in its (English) exception message, which is read here.
/// </summary>
public sealed partial class BadRequestExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad)
        {
            return false;
        }

        var (kind, item) = Describe(bad);
        httpContext.Response.StatusCode = kind.Status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = Problems.Details(kind, item.Message, [item]),
        });
    }

    private static (ProblemKind Kind, ProblemItem Item) Describe(BadHttpRequestException bad)
    {
        if (bad.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (Problems.TooLarge, ProblemItem.ForField("body", "请求正文（body）超过此接口允许的大小。"));
        }

        if (bad.StatusCode == StatusCodes.Status415UnsupportedMediaType)
        {
            return (Problems.UnsupportedMediaType, ProblemItem.ForField("body", "请求正文（body）须为 JSON（Content-Type: application/json）。"));
        }

        if (bad.InnerException is JsonException || bad.Message.Contains("JSON", StringComparison.Ordinal) || bad.Message.Contains("body", StringComparison.OrdinalIgnoreCase))
        {
            var where = bad.InnerException is JsonException { LineNumber: { } line, BytePositionInLine: { } column } ? $"（第 {line + 1} 行第 {column + 1} 个字节附近）" : "";
            return (Problems.MalformedBody, ProblemItem.ForField("body", $"请求正文（body）不是有效的 JSON，或字段类型不符{where}。"));
        }

        var match = Parameter().Match(bad.Message);
        if (!match.Success)
        {
            return (Problems.Validation, ProblemItem.ForField("request", "请求格式有误。"));
        }

        var (type, name, value) = (match.Groups["type"].Value, match.Groups["name"].Value, match.Groups["value"].Value);
        var expected = type switch
        {
            _ when type.StartsWith("int", StringComparison.Ordinal) || type.StartsWith("long", StringComparison.Ordinal) => "整数",
            _ when type.StartsWith("bool", StringComparison.Ordinal) => "true 或 false",
            _ when type.StartsWith("decimal", StringComparison.Ordinal) || type.StartsWith("double", StringComparison.Ordinal) => "数字",
            _ when type.StartsWith("DateOnly", StringComparison.Ordinal) => "日期（yyyy-MM-dd）",
            _ => "正确格式的值",
        };
        var message = match.Groups["value"].Success
            ? $"参数 {name} 的值“{value}”无效，须为{expected}。"
            : $"缺少参数 {name}（须为{expected}）。";
        return (Problems.InvalidParameter, ProblemItem.ForField(name, message));
    }

    // "Failed to bind parameter "int? limit" from "abc"." / "Required parameter "int id" was not provided from query string."
    [GeneratedRegex("""parameter "(?<type>[^"]*) (?<name>[^" ]+)"(?: from "(?<value>[^"]*)")?""")]
    private static partial Regex Parameter();
}
