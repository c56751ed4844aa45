using Cost.Contracts;
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
    public static readonly ProblemKind Unauthorized = new("unauthorized", StatusCodes.Status401Unauthorized, "未登录或登录已失效");
    public static readonly ProblemKind Forbidden = new("forbidden", StatusCodes.Status403Forbidden, "无权进行此操作");
    public static readonly ProblemKind NotFound = new("not-found", StatusCodes.Status404NotFound, "未找到");
    public static readonly ProblemKind Conflict = new("conflict", StatusCodes.Status409Conflict, "与当前状态冲突");
    public static readonly ProblemKind TooLarge = new("too-large", StatusCodes.Status413PayloadTooLarge, "请求正文过大");
    public static readonly ProblemKind Unprocessable = new("unprocessable", StatusCodes.Status422UnprocessableEntity, "上传的文件无法处理");
    public static readonly ProblemKind TooManyRequests = new("too-many-requests", StatusCodes.Status429TooManyRequests, "请求过于频繁");
    public static readonly ProblemKind Unavailable = new("unavailable", StatusCodes.Status503ServiceUnavailable, "服务暂时不可用");
    public static readonly ProblemKind Error = new("error", StatusCodes.Status500InternalServerError, "服务器内部错误");

    // Bid openings and awards from the trading platform.
    public static readonly ProblemKind AlreadyOpened = new(ProblemSlugs.AlreadyOpened, StatusCodes.Status409Conflict, "该项目已开标");
    public static readonly ProblemKind AlreadyAwarded = new(ProblemSlugs.AlreadyAwarded, StatusCodes.Status409Conflict, "该项目已登记中标结果");
    public static readonly ProblemKind IdempotencyKeyReused = new(ProblemSlugs.IdempotencyKeyReused, StatusCodes.Status409Conflict, "Idempotency-Key 已用于另一个请求");
    public static readonly ProblemKind AwardWithoutOpening = new(ProblemSlugs.AwardWithoutOpening, StatusCodes.Status409Conflict, "该项目尚未开标，不能登记中标结果");
    public static readonly ProblemKind AwardWinnerNotBid = new(ProblemSlugs.AwardWinnerNotBid, StatusCodes.Status409Conflict, "中标人不是开标中以该报价投标的有效投标人");
    public static readonly ProblemKind AwardAboveCeiling = new(ProblemSlugs.AwardAboveCeiling, StatusCodes.Status409Conflict, "中标价高于最高投标限价");
    public static readonly ProblemKind OpeningAfterAward = new(ProblemSlugs.OpeningAfterAward, StatusCodes.Status409Conflict, "该项目已登记中标结果，不能再开标");
    // The filing process.
    public static readonly ProblemKind BoqVersionQuota = new("boq-version-quota", StatusCodes.Status409Conflict, "企业的清单版本数已达配额");
    public static readonly ProblemKind BoqStorageQuota = new("boq-storage-quota", StatusCodes.Status413PayloadTooLarge, "企业的清单存储量已达配额");
    public static readonly ProblemKind NotSubmitted = new(ProblemSlugs.NotSubmitted, StatusCodes.Status409Conflict, "没有已提交待备案的版本");
    public static readonly ProblemKind SignatoryNotRegistered = new(ProblemSlugs.SignatoryNotRegistered, StatusCodes.Status409Conflict, "编制人或复核人不是编制单位在册的注册造价工程师");
    // Information prices.
    public static readonly ProblemKind CloseFirst = new(ProblemSlugs.CloseFirst, StatusCodes.Status409Conflict, "价格期仍在采集，须先截止并审核草稿");

    // Accounts.
    public static readonly ProblemKind PasswordChangeRequired = new("password-change-required", StatusCodes.Status403Forbidden, "须先修改临时密码");

    public static readonly ProblemKind MissingIdempotencyKey = new("missing-idempotency-key", StatusCodes.Status400BadRequest, "缺少或错误的 Idempotency-Key 请求头");

    // Signature checks of the exchange API: one kind per check.
    public static readonly ProblemKind SignatureMissingHeader = new("signature-missing-header", StatusCodes.Status401Unauthorized, "缺少签名请求头");
    public static readonly ProblemKind SignatureUnknownClient = new("signature-unknown-client", StatusCodes.Status401Unauthorized, "未知的客户端");
    public static readonly ProblemKind SignatureBadTimestamp = new("signature-bad-timestamp", StatusCodes.Status401Unauthorized, "X-Timestamp 格式有误");
    public static readonly ProblemKind SignatureStaleTimestamp = new("signature-stale-timestamp", StatusCodes.Status401Unauthorized, "X-Timestamp 超出允许的时间偏差");
    public static readonly ProblemKind SignatureBadNonce = new("signature-bad-nonce", StatusCodes.Status401Unauthorized, "X-Nonce 格式有误");
    public static readonly ProblemKind SignatureMismatch = new("signature-bad-signature", StatusCodes.Status401Unauthorized, "签名不正确");
    public static readonly ProblemKind SignatureReplayedNonce = new("signature-replayed-nonce", StatusCodes.Status401Unauthorized, "X-Nonce 已使用过（重放）");

    private static readonly ProblemKind[] ByStatus = [Validation, Unauthorized, Forbidden, NotFound, Conflict, TooLarge, UnsupportedMediaType, Unprocessable, TooManyRequests, Unavailable, Error];

    private static readonly Dictionary<string, ProblemKind> BySlug = new[]
    {
        AlreadyOpened, AlreadyAwarded, IdempotencyKeyReused, AwardWithoutOpening, AwardWinnerNotBid, AwardAboveCeiling, OpeningAfterAward,
        NotSubmitted, SignatoryNotRegistered, CloseFirst,
    }.ToDictionary(k => k.Slug, StringComparer.Ordinal);

    /// <summary>The generic kind of an HTTP status (validation for any other 4xx, error for any other 5xx).</summary>
    public static ProblemKind ForStatus(int status) =>
        ByStatus.FirstOrDefault(k => k.Status == status) ?? (status >= 500 ? Error : Validation);

    /// <summary>The occurrence of a refusal the framework answers without one (an empty 401, 403, 404…).</summary>
    public static string FrameworkDetail(int status) => status switch
    {
        StatusCodes.Status401Unauthorized => "请先登录，或在 Authorization 请求头中提供有效的 Bearer 访问令牌。",
        StatusCodes.Status403Forbidden => "当前账号的角色无权进行此操作。",
        StatusCodes.Status404NotFound => "请求的地址不存在。",
        StatusCodes.Status405MethodNotAllowed => "该地址不支持此请求方法。",
        _ => $"请求未能完成（HTTP {status}）。",
    };

    /// <summary>The kind a grain named by its slug; the generic conflict for a slug this front does not know.</summary>
    public static ProblemKind Find(string slug) => BySlug.GetValueOrDefault(slug, Conflict);

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
