using Cost.Silos.Hosting;
using Quartz;

namespace Cost.Web.Jobs;

/// <summary>
/// Quartz.NET with a persistent job store in the system's own database (time zone Asia/Shanghai).
/// Each capability registers its job with <see cref="AddCostJob{TJob}"/>; a stored trigger keeps its
/// next fire time across restarts, so a fire missed while the server was down runs once on start
/// (misfire: fire now, once) and a job never fires twice for one due time.
/// </summary>
public static class JobSetup
{
    public static readonly TimeZoneInfo ChinaTime = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public static IServiceCollection AddCostScheduler(this IServiceCollection services, CostDatabase database)
    {
        // The job store lives in the system's database. Cluster mode: PostgreSQL, clustered, so each
        // due time fires on exactly one web front of the cluster and another takes over if it dies
        // (each node gets a generated instance id when clustered).
        var clustered = database.Engine == StoreEngine.PostgreSql;
        services.AddQuartz(q =>
        {
            q.UsePersistentStore(s =>
            {
                if (clustered)
                {
                    s.UsePostgres(database.ConnectionString);
                    s.UseClustering(c => c.CheckinInterval = TimeSpan.FromSeconds(5));
                }
                else
                {
                    s.UseSqlite(database.ConnectionString);
                }

                s.UseSystemTextJsonSerializer();
                s.ProvisionSchema();
            });
        });
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        services.AddHostedService<JobScheduleKeeper>();
        return services;
    }

    /// <summary>
    /// Schedules <typeparamref name="TJob"/> by the cron expression at configuration key
    /// <paramref name="cronKey"/> (Quartz syntax, China time), or <paramref name="defaultCron"/>.
    /// </summary>
    public static IServiceCollection AddCostJob<TJob>(this IServiceCollection services, string name, string description, string cronKey, string defaultCron)
        where TJob : class, IJob
    {
        services.AddTransient<TJob>();
        services.AddSingleton(provider => new JobSchedule(
            typeof(TJob), name, description, provider.GetRequiredService<IConfiguration>()[cronKey] ?? defaultCron));
        return services;
    }
}

/// <summary>One scheduled job: its class, stable name, a description for the bureau, and its cron expression.</summary>
public sealed record JobSchedule(Type JobType, string Name, string Description, string Cron);
