using System.Collections.Concurrent;
using Cost.Tests.Web;
using Cost.Web.Jobs;
using Microsoft.Extensions.Configuration;
using Quartz;

namespace Cost.Tests.Cluster;

/// <summary>
/// Quartz on PostgreSQL, clustered: two web fronts share one job store, and each due time
/// of a job fires on exactly one of them.
/// </summary>
[Collection(ClusterSuite.Name)]
public sealed class ClusteredSchedulerTests(LocalCluster cluster)
{
    private static readonly ConcurrentBag<(string Node, DateTimeOffset Due)> Fires = [];

    [Fact]
    public async Task Two_web_fronts_fire_each_due_time_of_a_job_once()
    {
        var database = $"cost_quartz_{Guid.NewGuid():N}"[..24];
        CostWebFactory.CreateDatabase(cluster.Server, database);

        var folder = Directory.CreateTempSubdirectory("cost-quartz-").FullName;
        await using var first = Node("a", folder, database);
        await using var second = Node("b", folder, database);
        first.CreateClient().Dispose();
        second.CreateClient().Dispose();

        await Task.Delay(TimeSpan.FromSeconds(12));

        var fires = Fires.ToList();
        Assert.True(fires.Count >= 6, $"{fires.Count} fires in 12 s of a job due every second");
        var twice = fires.GroupBy(f => f.Due).Where(g => g.Count() > 1).Select(g => $"{g.Key:HH:mm:ss} on {string.Join(", ", g.Select(f => f.Node))}").ToList();
        Assert.True(twice.Count == 0, $"fired twice: {string.Join("; ", twice)}");
    }

    private CostWebFactory Node(string name, string folder, string database) =>
        new(folder, new Dictionary<string, string>
        {
            ["Cost:Mode"] = "cluster",
            ["ConnectionStrings:Cost"] = $"{cluster.Server};Database={database}",
            ["ConnectionStrings:Redis"] = cluster.Redis,
            ["Orleans:ClusterId"] = database,
            ["Cost:SeedSampleData"] = "false",
            ["Test:Node"] = name,
        }, configureServices: s => s.AddCostJob<RecordFire>("test-fire", "测试：记录每次触发", "Jobs:TestFire:Cron", "* * * * * ?"));

    private sealed class RecordFire(IConfiguration configuration) : IJob
    {
        public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
        {
            Fires.Add((configuration["Test:Node"]!, context.ScheduledFireTimeUtc!.Value));
            return ValueTask.CompletedTask;
        }
    }
}
