using Microsoft.AspNetCore.Mvc;

namespace Cost.Web.Hosting;

/// <summary>Every kind of problem the JSON and exchange APIs answer, listed with its status and title in docs/problems.md.</summary>
public static class Problems
{
    /// <summary>The base of every problem type URI; the slug after it never changes.</summary>
    public const string BaseUri = "https://cost.example/problems/";

    public static readonly ProblemKind Validation = new("validation", StatusCodes.Status400BadRequest, "请求数据有误");
    public static readonly ProblemKind InvalidParameter = new("invalid-parameter", StatusCodes.Status400BadRequest, "参数格式有误");
    public static readonly ProblemKind MalformedBody = new("malformed-body", StatusCodes.Status400BadRequest, "请求正文不是有效的 JSON");
    public static readonly ProblemKind UnsupportedMediaType = new("unsupported-media-type", StatusCodes.Status415UnsupportedMediaType, "不支持的正文类型");

    /// <summary>The problem+json body of <paramref name="kind"/> with the occurrence and its located problems.</summary>
    public static ProblemDetails Details(ProblemKind kind, string detail, IReadOnlyCollection<ProblemItem> items)
    {
        var details = new ProblemDetails { Type = kind.Type, Title = kind.Title, Status = kind.Status, Detail = detail };
        if (items.Count > 0)
        {
            details.Extensions["errors"] = items;
        }

        return details;
    }
}
