using Cost.Silos.Hosting;
using Microsoft.AspNetCore.Diagnostics;

namespace Cost.Web.Hosting;

/// <summary>
/// The database is away, or the cluster is still healing after a silo died and the call's retries
/// ran out: 503 problem+json with a Chinese message and Retry-After, instead of a 500. Every change
/// is one transaction, so nothing is half-written.
/// </summary>
public sealed class UnavailableExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var detail = exception switch
        {
            _ when CostDatabase.IsUnavailable(exception) || exception.InnerException is { } inner && CostDatabase.IsUnavailable(inner) =>
                "数据库暂时无法连接，请稍后重试；本次操作没有保存任何内容。",
            SiloUnavailableException or OrleansMessageRejectionException =>
                "系统正在切换服务节点，请几秒后重试；本次操作没有保存任何内容。",
            TimeoutException => "系统繁忙，请求超时：请刷新页面查看是否已保存，再决定是否重试。",
            _ => null,
        };
        if (detail is null)
        {
            return false;
        }

        httpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        httpContext.Response.Headers.RetryAfter = "5";
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = Problems.Details(Problems.Unavailable, detail, []),
        });
    }
}
