using System.Globalization;
using System.Threading.RateLimiting;
using Cost.Web.Auth;
using Cost.Web.Exchange;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.Options;

namespace Cost.Web.Hosting;

/// <summary>What one caller may send (configuration section <c>Limits</c>); the uploads have their own limits (<c>Uploads</c>).</summary>
public sealed class RequestLimitOptions
{
    /// <summary>A JSON request body, in bytes, unless its endpoint declares another bound (the index calculator: 80 MB).</summary>
    public long JsonBodyBytes { get; set; } = 1_048_576;

    /// <summary>Calls to <c>/api</c> per minute from one client address without signing in.</summary>
    public int AnonymousPerMinute { get; set; } = 600;

    /// <summary>Calls to <c>/api</c> per minute by one signed-in account, from wherever.</summary>
    public int AccountPerMinute { get; set; } = 1_200;
}

/// <summary>
/// Bounds on what callers send (OWASP API Security Top 10, API4:2023 unrestricted resource consumption): a JSON body
/// over its endpoint's bound is 413 before it is read, and calls beyond a fixed one-minute window are 429 with
/// <c>Retry-After</c> — <c>/api</c> per account when signed in, else per client address (as the trusted proxy forwards
/// it), <c>/exchange</c> per platform client.
/// </summary>
public static class RequestLimits
{
    public static IServiceCollection AddCostRequestLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<RequestLimitOptions>(configuration.GetSection("Limits"));
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(Partition);
            o.OnRejected = async (context, _) =>
            {
                var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? (int)Math.Ceiling(retryAfter.TotalSeconds) : 60;
                context.HttpContext.Response.Headers.RetryAfter = Math.Max(1, seconds).ToString(CultureInfo.InvariantCulture);
                await Outcome.Problem(StatusCodes.Status429TooManyRequests, $"请求过于频繁：{Who(context.HttpContext)}，请 {Math.Max(1, seconds)} 秒后重试。", [])
                    .ExecuteAsync(context.HttpContext);
            };
        });
        return services;
    }

    /// <summary>After routing (an endpoint's own bound is known) and authentication (the account is known).</summary>
    public static IApplicationBuilder UseCostBodyLimits(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        if (Bound(http) is { } bound)
        {
            if (http.Request.ContentLength > bound)
            {
                http.Response.Headers.Connection = "close";
                await Outcome.Problem(StatusCodes.Status413PayloadTooLarge,
                    string.Create(CultureInfo.InvariantCulture, $"请求正文 {http.Request.ContentLength:N0} 字节，超过此接口允许的 {bound:N0} 字节。"),
                    [ProblemItem.ForField("body", string.Create(CultureInfo.InvariantCulture, $"请求正文（body）不能超过 {bound:N0} 字节。"))],
                    Problems.TooLarge).ExecuteAsync(http);
                return;
            }

            // A body sent without its length is cut off by the server at the bound (413 on reading past it).
            if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
            {
                size.MaxRequestBodySize = bound;
            }
        }

        await next(http);
    });

    /// <summary>The endpoint's own bound, else the JSON bound for a JSON body; uploads (forms) keep the server's.</summary>
    private static long? Bound(HttpContext http) =>
        http.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize
        ?? (http.Request.HasJsonContentType() || http.Request.ContentType is null && http.Request.ContentLength > 0
            ? http.RequestServices.GetRequiredService<IOptionsMonitor<RequestLimitOptions>>().CurrentValue.JsonBodyBytes
            : null);

    private static RateLimitPartition<string> Partition(HttpContext http)
    {
        if (http.Request.Path.StartsWithSegments("/exchange"))
        {
            var exchange = http.RequestServices.GetRequiredService<IOptionsMonitor<ExchangeOptions>>().CurrentValue;
            var id = http.Request.Headers["X-Client-Id"].ToString();
            // Unknown ids share one partition, so made-up ids cannot multiply the allowance.
            var (key, limit) = exchange.Clients.TryGetValue(id, out var client) ? (id, client.RateLimit ?? exchange.RateLimit) : ("?", exchange.RateLimit);
            return PerMinute($"exchange:{key}", limit);
        }

        if (!http.Request.Path.StartsWithSegments("/api"))
        {
            return RateLimitPartition.GetNoLimiter("");
        }

        var limits = http.RequestServices.GetRequiredService<IOptionsMonitor<RequestLimitOptions>>().CurrentValue;
        return CurrentUser.From(http.User) is { } user
            ? PerMinute($"account:{user.UserName}", limits.AccountPerMinute)
            : PerMinute($"address:{http.Connection.RemoteIpAddress}", limits.AnonymousPerMinute);
    }

    /// <summary>The limit is part of the key, so a changed configuration takes effect with the next window.</summary>
    private static RateLimitPartition<string> PerMinute(string key, int limit) =>
        RateLimitPartition.GetFixedWindowLimiter($"{key}:{limit}", _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, limit), Window = TimeSpan.FromMinutes(1), QueueLimit = 0,
        });

    private static string Who(HttpContext http)
    {
        if (http.Request.Path.StartsWithSegments("/exchange"))
        {
            return "此客户端每分钟的请求数已用完";
        }

        var limits = http.RequestServices.GetRequiredService<IOptionsMonitor<RequestLimitOptions>>().CurrentValue;
        return CurrentUser.From(http.User) is not null
            ? $"此账号每分钟最多 {limits.AccountPerMinute} 次 API 调用"
            : $"未登录时每个地址每分钟最多 {limits.AnonymousPerMinute} 次 API 调用";
    }
}
