using System.Data.Common;
using Cost.Silos.Store;
using Microsoft.Extensions.Logging;

namespace Cost.Silos.Hosting;

/// <summary>
/// A grain call that failed because the database is away answers the caller with one
/// <see cref="StoreUnavailableException"/> (the web front turns it into 503), whatever the driver
/// threw; the driver's own exception stays in this silo's log. Grains write after the store
/// accepted a change, so a failed call leaves their state as it was.
/// </summary>
public sealed partial class StoreAvailabilityFilter(ILogger<StoreAvailabilityFilter> logger) : IIncomingGrainCallFilter
{
    public async Task Invoke(IIncomingGrainCallContext context)
    {
        try
        {
            await context.Invoke();
        }
        catch (Exception e) when (e is not StoreUnavailableException && CostDatabase.IsUnavailable(e))
        {
            LogUnavailable(e, context.ImplementationMethod.Name);
            throw new StoreUnavailableException("数据库暂时无法连接，请稍后重试；本次操作没有保存任何内容。");
        }
        catch (DbException e)
        {
            // The drivers' exceptions have no Orleans codec: the caller gets the message, this log the rest.
            LogFailed(e, context.ImplementationMethod.Name);
            throw new InvalidOperationException($"数据库错误，{context.ImplementationMethod.Name} 未完成：{e.Message}");
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "数据库错误，{Method} 未完成")]
    private partial void LogFailed(Exception exception, string method);

    [LoggerMessage(Level = LogLevel.Warning, Message = "数据库不可用，{Method} 未完成")]
    private partial void LogUnavailable(Exception exception, string method);
}
