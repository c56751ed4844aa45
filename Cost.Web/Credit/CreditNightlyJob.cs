using Cost.Contracts;
using Cost.Silos.ReadModels;
using Quartz;

namespace Cost.Web.Credit;

/// <summary>
/// Every night: each firm's grain notes the records whose period has ended and recomputes its
/// standing for the new day; a grade that changes enters the grade history. Idempotent: a second
/// run on the same day changes nothing. Firms are independent, so they are done in parallel.
/// </summary>
[DisallowConcurrentExecution]
public sealed partial class CreditNightlyJob(FirmRegister register, IGrainFactory grains, ILogger<CreditNightlyJob> logger) : IJob
{
    public const string Name = "credit-nightly";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) => await RunAsync(cancellationToken);

    /// <summary>Recomputes every registered firm; returns how many firms it went through.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var codes = await register.CodesAsync(cancellationToken);
        var results = await Task.WhenAll(codes.Select(c => grains.GetGrain<IFirmGrain>(GrainKeys.Firm(c)).Recompute()));
        var failed = results.Count(r => !r.IsDone);
        LogRecomputed(codes.Length, failed);
        return codes.Length;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "诚信夜间作业：重新计算 {Count} 家企业的得分和等级（{Failed} 家未完成）。")]
    private partial void LogRecomputed(int count, int failed);
}
