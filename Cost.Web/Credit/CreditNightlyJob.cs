using Cost.Contracts;
using Cost.Silos.ReadModels;
using Cost.Silos.Store;
using Quartz;

namespace Cost.Web.Credit;

/// <summary>
/// Every night: each firm's grain notes the records whose publicity or period has ended and recomputes
/// its standing for the new day; a grade that changes enters the grade history. Each engineer's file
/// is advanced the same way. Idempotent: a second run on the same day changes nothing. Files are
/// independent, so they are done in parallel.
/// </summary>
[DisallowConcurrentExecution]
public sealed partial class CreditNightlyJob(FirmRegister register, EngineerCreditStore engineers, IGrainFactory grains, ILogger<CreditNightlyJob> logger) : IJob
{
    public const string Name = "credit-nightly";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) => await RunAsync(cancellationToken);

    /// <summary>Recomputes every registered firm; returns how many firms it went through.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var codes = await register.CodesAsync(cancellationToken);
        var results = await Task.WhenAll(codes.Select(c => grains.GetGrain<IFirmGrain>(GrainKeys.Firm(c)).Recompute()));
        var numbers = await engineers.NumbersAsync(cancellationToken);
        var advanced = await Task.WhenAll(numbers.Select(n => grains.GetGrain<IEngineerGrain>(n).Recompute()));
        var failed = results.Count(r => !r.IsDone) + advanced.Count(r => !r.IsDone);
        LogRecomputed(codes.Length, numbers.Length, failed);
        return codes.Length;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "诚信夜间作业：重新计算 {Count} 家企业的得分和等级、{Engineers} 名注册造价工程师的记录（{Failed} 个未完成）。")]
    private partial void LogRecomputed(int count, int engineers, int failed);
}
