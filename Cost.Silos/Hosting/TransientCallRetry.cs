using System.Reflection;
using Cost.Contracts;
using Microsoft.Extensions.Logging;
using Orleans.Runtime.Messaging;

namespace Cost.Silos.Hosting;

/// <summary>
/// Bounded retries of grain calls while the cluster heals (docs/decisions/0001-redis-membership.md: during fail-over calls are
/// rejected or time out, sometimes for grains on a healthy silo too). A call that was rejected or
/// whose silo was unreachable never ran and is always retried; a call that timed out may have run and
/// is retried only when its method is <see cref="IdempotentAttribute"/>. About 8 s in all, so a
/// request still answers within the front's own time-out.
/// </summary>
public sealed partial class TransientCallRetry(ILogger<TransientCallRetry> logger) : IOutgoingGrainCallFilter
{
    private static readonly TimeSpan[] Delays = [.. new[] { 100, 250, 500, 750, 1000, 1500, 2000, 2000 }.Select(ms => TimeSpan.FromMilliseconds(ms))];

    public async Task Invoke(IOutgoingGrainCallContext context)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                await context.Invoke();
                return;
            }
            catch (Exception e) when (attempt < Delays.Length && IsRetryable(e, context.InterfaceMethod))
            {
                LogRetry(context.InterfaceMethod?.Name ?? "?", attempt + 1, e.GetType().Name);
                await Task.Delay(Delays[attempt]);
            }
        }
    }

    private static bool IsRetryable(Exception e, MethodInfo? method) => e switch
    {
        SiloUnavailableException or OrleansMessageRejectionException or ConnectionFailedException or GatewayTooBusyException => true,
        TimeoutException => method?.GetCustomAttribute<IdempotentAttribute>() is not null,
        _ => false,
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "Grain 调用 {Method} 第 {Attempt} 次重试（{Reason}）")]
    private partial void LogRetry(string method, int attempt, string reason);
}
