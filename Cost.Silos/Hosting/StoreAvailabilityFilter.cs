using Cost.Silos.Store;
using Microsoft.Extensions.Logging;

namespace Cost.Silos.Hosting;

/// <summary>
/// A grain call that failed in the store answers with an exception that can cross to the web front
/// (<see cref="StoreFaults"/>); the driver's own exception stays in this silo's log. Grains change
/// their state only after the store accepted a change, so a failed call leaves them as they were.
/// </summary>
public sealed partial class StoreAvailabilityFilter(ILogger<StoreAvailabilityFilter> logger) : IIncomingGrainCallFilter
{
    public async Task Invoke(IIncomingGrainCallContext context)
    {
        try
        {
            await context.Invoke();
        }
        catch (Exception e) when (StoreFaults.Translate(e) is { } translated)
        {
            LogFailed(e, context.ImplementationMethod.Name);
            throw translated;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "存储出错，{Method} 未完成")]
    private partial void LogFailed(Exception exception, string method);
}
