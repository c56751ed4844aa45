using System.Diagnostics;

namespace Cost.Web.Exchange;

/// <summary>
/// Logs every exchange request with the client it claims, path, status and duration — never a
/// secret, a signature or a body — including those refused by the signature check or the rate limit.
/// </summary>
public sealed partial class ExchangeRequestLog(RequestDelegate next, ILogger<ExchangeRequestLog> logger)
{
    public async Task InvokeAsync(HttpContext http)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await next(http);
        }
        finally
        {
            if (logger.IsEnabled(LogLevel.Information))
            {
                Log(http, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        }
    }

    private void Log(HttpContext http, double milliseconds)
    {
        var client = http.Request.Headers["X-Client-Id"].ToString();
        LogRequest(client.Length is > 0 and <= 64 ? client : "-", http.Request.Method, http.Request.Path.Value ?? "",
            http.Response.StatusCode, milliseconds);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "exchange client={Client} {Method} {Path} → {Status} in {Milliseconds:F1} ms")]
    private partial void LogRequest(string client, string method, string path, int status, double milliseconds);
}
