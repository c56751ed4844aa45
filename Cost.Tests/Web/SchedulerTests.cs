using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Cost.Tests.Web;

/// <summary>
/// The monthly close is a persistent Quartz trigger: a restart keeps its next fire time (so a due
/// time is neither skipped nor fired twice) and a fire missed while the server was down runs once.
/// </summary>
public sealed class SchedulerTests
{
    private static readonly TriggerKey CloseTrigger = new("close-price-periods", "cost");
    private static readonly Dictionary<string, string> NoSeed = new() { ["Cost:SeedSampleData"] = "false" };

    [Fact]
    public async Task The_monthly_close_keeps_its_schedule_across_a_restart()
    {
        var folder = Directory.CreateTempSubdirectory("cost-restart-").FullName;
        try
        {
            var before = await TriggerAsync(folder);
            var after = await TriggerAsync(folder);

            Assert.Equal("0 0 2 25 * ?", before.CronExpressionString);
            Assert.Equal("Asia/Shanghai", before.TimeZone.Id);
            Assert.Equal((int)CronTriggerMisfireInstruction.FireAndProceed, (int)before.MisfireInstructionCode);
            Assert.Equal(before.NextFireTimeUtc, after.NextFireTimeUtc);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<ICronTrigger> TriggerAsync(string folder)
    {
        await using var factory = new CostWebFactory(folder, NoSeed);
        factory.CreateClient().Dispose();
        var scheduler = await factory.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        return (ICronTrigger)(await scheduler.GetTrigger(CloseTrigger))!;
    }
}
