using Cost.Domain;
using Cost.Contracts;
using Cost.Silos.ReadModels;
using Quartz;

namespace Cost.Web.Prices;

/// <summary>
/// The monthly close (default the 25th at 02:00, China time; key Prices:CloseCron): every period
/// still collecting up to this month is closed and its drafts computed. It never publishes: the
/// bureau reviews first. Closing an already closed period is refused by the grain, so a re-run is harmless.
/// </summary>
[DisallowConcurrentExecution]
public sealed partial class ClosePricePeriodsJob(PriceQueries store, PriceOperations operations, TimeProvider clock, ILogger<ClosePricePeriodsJob> logger) : IJob
{
    public const string Name = "close-price-periods";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var month = YearMonth.Of(BureauTime.Today(clock));
        foreach (var (region, period) in await store.CollectingAsync(month, cancellationToken))
        {
            var result = await operations.Grain(region, period).Close();
            var counts = result.Value?.Counts ?? PeriodCounts.None;
            LogClosed(region, period, counts.Series, counts.Flagged, result.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "价格期 {Region} {Period} 截止采集：{Series} 个系列，{Flagged} 个需复核。{Message}")]
    private partial void LogClosed(string region, YearMonth period, int series, int flagged, string? message);
}
