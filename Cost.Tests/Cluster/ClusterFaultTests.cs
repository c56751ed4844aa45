using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Cost.Tests.Web;

namespace Cost.Tests.Cluster;

/// <summary>
/// The faults, on the real cluster (two silos, Redis membership, PostgreSQL, the web front as
/// an Orleans client): a silo killed or hung, the database away, every process restarted.
/// </summary>
[Collection(ClusterSuite.Name)]
public sealed class ClusterFaultTests(LocalCluster cluster) : IAsyncLifetime
{
    private const string Region = "610100";

    /// <summary>The sample tenders: their grains spread over both silos, so a round of them touches each.</summary>
    private static readonly string[] Tenders = ["XA-2026-0001", .. Enumerable.Range(101, 8).Select(n => $"XA-2026-0{n}")];

    public Task InitializeAsync() => cluster.EnsureSilosAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_silo_killed_during_a_publication_loses_no_row_and_requests_work_again_within_5_s()
    {
        using var bureau = await cluster.SignedInAsync("bureau", "bureau-demo");
        const string period = "2026-11";
        Assert.Equal(HttpStatusCode.OK, (await bureau.PostAsync($"/api/price-periods/{Region}/{period}/close", null)).StatusCode);
        var publishing = bureau.PostAsync($"/api/price-periods/{Region}/{period}/publish", null);
        await Task.Delay(100);
        await cluster.RunAsync("silo", "2", "kill");
        await FirstFullRoundAsync(bureau, TimeSpan.FromSeconds(5));

        // The cut-short publication completes when published again (the call is idempotent).
        var first = await publishing;
        var published = first.StatusCode == HttpStatusCode.OK ? first : await bureau.PostAsync($"/api/price-periods/{Region}/{period}/publish", null);
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        var count = (await published.JsonAsync()).GetProperty("published").GetInt32();
        Assert.True(count > 400, $"{count} prices published");
        Assert.Equal(count, await cluster.CountAsync("SELECT count(*) FROM info_prices WHERE region = @Region AND period = @period", new { Region, period }));
        Assert.Equal(count, await cluster.CountAsync(
            "SELECT count(*) FROM (SELECT DISTINCT resource_code, spec FROM info_prices WHERE region = @Region AND period = @period) s", new { Region, period }));
        Assert.Equal(1, await cluster.CountAsync("SELECT count(*) FROM price_revisions WHERE region = @Region AND period = @period", new { Region, period }));
        Assert.Equal(HttpStatusCode.OK, (await cluster.Client().GetAsync($"/api/public/indices/{period}")).StatusCode);
    }

    [Fact]
    public async Task A_hung_silo_is_declared_dead_and_routed_around_within_15_s()
    {
        using var bureau = await cluster.SignedInAsync("bureau", "bureau-demo");
        await FirstFullRoundAsync(bureau, TimeSpan.FromSeconds(1)); // healthy before the test

        await cluster.RunAsync("silo", "1", "stop");
        try
        {
            await FirstFullRoundAsync(bureau, TimeSpan.FromSeconds(15));
        }
        finally
        {
            // Declared dead, the silo stops itself once it runs again; end it for good either way.
            await cluster.RunAsync("silo", "1", "kill");
        }
    }

    [Fact]
    public async Task While_the_database_is_away_requests_fail_fast_with_503_and_work_again_when_it_returns()
    {
        using var consultant = await cluster.SignedInAsync("consultant", "consultant-demo");
        var code = $"T-{Guid.NewGuid():N}"[..20];
        await cluster.RunAsync("db", "stop");
        var away = Stopwatch.StartNew();
        try
        {
            while (away.Elapsed < TimeSpan.FromSeconds(30))
            {
                foreach (var request in new Func<Task<HttpResponseMessage>>[]
                         {
                             () => cluster.Client().GetAsync($"/api/public/info-prices/{Region}/2026-10"),
                             () => consultant.PostAsJsonAsync("/api/projects", new { tenderCode = code, name = "停库期间登记", region = "610113", projectType = "school", buildingArea = 8000 }),
                         })
                {
                    var timer = Stopwatch.StartNew();
                    var response = await request();
                    Assert.True(timer.Elapsed < TimeSpan.FromSeconds(8), $"a request took {timer.Elapsed.TotalSeconds:F1} s while the database was away");
                    var body = await response.Content.ReadAsStringAsync();
                    Assert.True(response.StatusCode == HttpStatusCode.ServiceUnavailable, $"{(int)response.StatusCode} {body}");
                    Assert.Contains("数据库暂时无法连接", body);
                }

                await Task.Delay(2000);
            }
        }
        finally
        {
            await cluster.RunAsync("db", "start");
        }

        var back = Stopwatch.StartNew();
        var prices = await cluster.Client().GetAsync($"/api/public/info-prices/{Region}/2026-10");
        while (prices.StatusCode != HttpStatusCode.OK && back.Elapsed < TimeSpan.FromSeconds(20))
        {
            await Task.Delay(500);
            prices = await cluster.Client().GetAsync($"/api/public/info-prices/{Region}/2026-10");
        }

        Assert.Equal(HttpStatusCode.OK, prices.StatusCode);
        // Nothing of the refused registration was stored; registering now works.
        Assert.Equal(0, await cluster.CountAsync("SELECT count(*) FROM tender_projects WHERE tender_code = @code", new { code }));
        var created = await consultant.PostAsJsonAsync("/api/projects", new { tenderCode = code, name = "恢复后登记", region = "610113", projectType = "school", buildingArea = 8000 });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
    }

    [Fact]
    public async Task After_every_process_restarts_every_public_and_exchange_output_is_byte_identical()
    {
        var before = await OutputsAsync();

        await cluster.RunAsync("restart");

        var after = await OutputsAsync();
        Assert.Equal(before.Keys, after.Keys);
        foreach (var (path, bytes) in before)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(after[path]), $"{path} differs after the restart");
        }
    }

    /// <summary>The published outputs: public pages' data, downloads and bulletins, and the platform's signed reads.</summary>
    private async Task<SortedDictionary<string, byte[]>> OutputsAsync()
    {
        using var anonymous = cluster.Client();
        var outputs = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var path in new[]
                 {
                     $"/api/public/info-prices/{Region}/2026-10", $"/api/public/info-prices/{Region}/2026-10/prices.xlsx",
                     $"/api/public/info-prices/{Region}/2026-10/bulletin.pdf", $"/api/public/info-prices/{Region}/2026-10/revisions",
                     "/api/public/indices/2026-10", "/api/public/indices/2026-10/indices.xlsx", "/api/public/firms", "/api/public/credit-rules",
                     "/api/public/indicators",
                 })
        {
            outputs[path] = await ReadAsync(anonymous.GetAsync(path), path);
        }

        var signer = new PlatformSigner();
        foreach (var path in new[]
                 {
                     "/exchange/v1/tenders/XA-2026-0001/ceiling-price", "/exchange/v1/ceiling-prices?limit=500",
                     $"/exchange/v1/info-prices/{Region}/2026-10?page=1&pageSize=1000", "/exchange/v1/indices/2026-10", "/exchange/v1/ocds/releases",
                 })
        {
            outputs[path] = await ReadAsync(anonymous.SendAsync(signer.Get(path)), path);
        }

        return outputs;
    }

    private static async Task<byte[]> ReadAsync(Task<HttpResponseMessage> request, string path)
    {
        var response = await request;
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode}");
        return await response.Content.ReadAsByteArrayAsync();
    }

    /// <summary>
    /// Fails unless a whole round of reads over every sample tender (grains on both silos) sent
    /// within <paramref name="limit"/> is answered 200. A new round starts every 0.5 s without
    /// waiting for the ones before, which may hang on the dead silo; each has 10 s to be answered, and
    /// every failed round is named in the failure.
    /// </summary>
    private static async Task FirstFullRoundAsync(HttpClient client, TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        var rounds = new List<Task<(TimeSpan Started, string? Failure)>>();
        while (clock.Elapsed <= limit)
        {
            rounds.Add(RoundAsync(client, clock.Elapsed));
            await Task.Delay(500);
            if (rounds.Any(r => r.IsCompletedSuccessfully && r.Result.Failure is null))
            {
                return;
            }
        }

        var results = await Task.WhenAll(rounds);
        Assert.True(results.Any(r => r.Failure is null),
            $"no round sent within {limit.TotalSeconds} s was answered: {string.Join("; ", results.Select(r => $"{r.Started.TotalSeconds:F1} s: {r.Failure}"))}");
    }

    private static async Task<(TimeSpan Started, string? Failure)> RoundAsync(HttpClient client, TimeSpan started)
    {
        using var round = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try
        {
            var answers = await Task.WhenAll(Tenders.Select(t => client.GetAsync($"/api/projects/{t}/ceiling-price", round.Token)));
            return (started, answers.All(a => a.StatusCode == HttpStatusCode.OK) ? null : string.Join(' ', answers.Select(a => (int)a.StatusCode)));
        }
        catch (OperationCanceledException)
        {
            return (started, "a request hung for 10 s");
        }
    }
}
