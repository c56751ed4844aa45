using Quartz;

namespace Cost.Web.Jobs;

/// <summary>
/// Makes the stored schedule match configuration: adds missing jobs, and replaces a trigger only
/// when its cron expression changed, so that a stored next-fire time survives a restart.
/// </summary>
public sealed class JobScheduleKeeper(ISchedulerFactory factory, IEnumerable<JobSchedule> schedules) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var scheduler = await factory.GetScheduler(cancellationToken);
        foreach (var schedule in schedules)
        {
            var jobKey = new JobKey(schedule.Name, "cost");
            var triggerKey = new TriggerKey(schedule.Name, "cost");
            var job = JobBuilder.Create().OfType(schedule.JobType).WithIdentity(jobKey).WithDescription(schedule.Description).StoreDurably().Build();
            var trigger = TriggerBuilder.Create().WithIdentity(triggerKey).ForJob(jobKey)
                .WithCronSchedule(schedule.Cron, c => c.InTimeZone(JobSetup.ChinaTime).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed))
                .Build();

            var existing = await scheduler.GetTrigger(triggerKey, cancellationToken) as ICronTrigger;
            if (existing is null)
            {
                await scheduler.ScheduleJob(job, trigger, new ScheduleJobOptions { Replace = true }, cancellationToken);
            }
            else if (existing.CronExpressionString != schedule.Cron)
            {
                await scheduler.RescheduleJob(triggerKey, trigger, cancellationToken);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
