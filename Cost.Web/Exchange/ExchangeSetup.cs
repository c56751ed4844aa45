using System.Globalization;
using System.Threading.RateLimiting;
using Cost.Web.Hosting;
using Microsoft.Extensions.Options;

namespace Cost.Web.Exchange;

/// <summary>
/// The exchange's services and middleware: options, the push dispatcher, the per-client rate limit
/// (fixed one-minute window keyed by X-Client-Id; 429 with Retry-After) and the request log.
/// </summary>
public static class ExchangeSetup
{
    public static IServiceCollection AddExchange(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ExchangeOptions>(configuration.GetSection("Exchange"));
        services.AddSingleton<SignatureFilter>();
        services.AddHttpClient(PushDispatcher.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(15));
        services.AddSingleton<PushDispatcher>();
        services.AddHostedService(p => p.GetRequiredService<PushDispatcher>());
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http =>
            {
                if (!http.Request.Path.StartsWithSegments("/exchange"))
                {
                    return RateLimitPartition.GetNoLimiter("");
                }

                var exchange = http.RequestServices.GetRequiredService<IOptionsMonitor<ExchangeOptions>>().CurrentValue;
                var id = http.Request.Headers["X-Client-Id"].ToString();
                // Unknown ids share one partition, so made-up ids cannot multiply the allowance.
                var (key, limit) = exchange.Clients.TryGetValue(id, out var client) ? (id, client.RateLimit ?? exchange.RateLimit) : ("?", exchange.RateLimit);
                return RateLimitPartition.GetFixedWindowLimiter($"{key}:{limit}", _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = Math.Max(1, limit), Window = TimeSpan.FromMinutes(1), QueueLimit = 0,
                });
            });
            o.OnRejected = async (context, cancellationToken) =>
            {
                var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? (int)Math.Ceiling(retryAfter.TotalSeconds) : 60;
                context.HttpContext.Response.Headers.RetryAfter = Math.Max(1, seconds).ToString(CultureInfo.InvariantCulture);
                await Outcome.Problem(StatusCodes.Status429TooManyRequests, $"请求过于频繁，请 {seconds} 秒后重试。", [])
                    .ExecuteAsync(context.HttpContext);
            };
        });
        return services;
    }

    /// <summary>The request log, then the rate limit, for /exchange only.</summary>
    public static IApplicationBuilder UseExchange(this IApplicationBuilder app)
    {
        app.UseWhen(http => http.Request.Path.StartsWithSegments("/exchange"), branch => branch.UseMiddleware<ExchangeRequestLog>());
        app.UseRateLimiter();
        return app;
    }
}
