using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using Cost.Domain;
using Cost.Domain.Bills;
using Cost.Domain.Indicators;
using Cost.Domain.Projects;
using Cost.Samples;
using Cost.Silos.Accounts;
using Cost.Silos.Exchange;
using Cost.Silos.Hosting;
using Cost.Silos.ReadModels;
using Cost.Silos.Store;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Cost.Benchmarks;

/// <summary>
/// <c>-- --history N [--lines L] [--postgres "Host=…;Database=…"]</c>: fills a fresh store with N filed tenders
/// directly through the store layer (the sample types' complete bills, grown to L lines on average, 1,000–10,000,
/// in five types and six districts, filed over 24 months), then times what depends on that history: the unit-rate
/// check of a 2,000-line upload (its histogram read and the check), the indicators (values read and cells
/// computed after a change; the version check otherwise), and loading one tender as its grain does before the exchange read. Prints the generation time, the
/// store's size per filed line and the median of 9 runs of each. Nothing is asserted.
/// </summary>
public static class HistoryLoad
{
    private static readonly string[] Regions = ["610102", "610104", "610111", "610112", "610113", "610116"];

    public static async Task RunAsync(int tenders, int lines, string? postgres)
    {
        var folder = Directory.CreateTempSubdirectory("cost-history-").FullName;
        var database = postgres is null
            ? new CostDatabase(StoreEngine.Sqlite, $"Data Source={Path.Combine(folder, "history.db")}")
            : new CostDatabase(StoreEngine.PostgreSql, postgres);
        await new StoreSetup(database, new AccountDirectory(database), new FirmStore(database), new RestrictionStore(database), new InitialRestrictions([]),
            new CalendarStore(database), new DataFolder(folder), TimeProvider.System).MigrateAsync();
        await using (var connection = await database.OpenAsync())
        {
            await connection.ExecuteAsync("INSERT INTO firms (credit_code, name, created_at) VALUES ('91610113MA6W8K3Q77', '示例咨询', '2025-01-01T09:00:00+08:00') ON CONFLICT DO NOTHING");
        }

        var store = new TenderStore(database, FilingRules.Default);
        var samples = IndicatorSampleBoqs.All.GroupBy(s => s.ProjectType).ToDictionary(g => g.Key, g => IndicatorSampleBoqs.Create(g.First()));
        var types = samples.Keys.Order(StringComparer.Ordinal).ToArray();
        var watch = Stopwatch.StartNew();
        long filedLines = 0;
        for (var i = 0; i < tenders; i++)
        {
            var type = types[i % types.Length];
            var bigness = Math.Clamp((int)(lines * (0.5 + (i * 7919 % 1000) / 666.0)), 1000, 10000);
            var bill = Grow(samples[type], bigness, i);
            filedLines += bill.LineCount;
            await FileAsync(store, i, type, bill, new DateTimeOffset(2025, 1, 1, 9, 0, 0, BureauTime.Offset).AddDays(i * 730.0 / tenders));
        }

        var generation = watch.Elapsed;
        var size = postgres is null ? new FileInfo(Path.Combine(folder, "history.db")).Length : await PostgresSizeAsync(database);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{tenders:N0} filed tenders, {filedLines:N0} lines, generated in {generation.TotalSeconds:0.0} s; store {size / 1048576.0:0.0} MiB, {(double)size / filedLines:0} bytes per filed line"));

        var queries = new IndicatorQueries(database);
        var upload = Grow(samples["school"], 2000, tenders + 1);
        var codes = upload.UnitWorks.SelectMany(u => u.Lines).Select(l => UnitRateCheck.Key(l).Code).ToHashSet(StringComparer.Ordinal);
        await ReportAsync("unit-rate check of a 2,000-line upload", async () =>
        {
            var cells = await queries.RateCellsAsync(codes);
            var own = await queries.OwnCellsAsync("H-00000");
            return UnitRateCheck.Check(upload, FiledUnitRates.Distributions(cells.Concat(own.Select(c => c with { Lines = -c.Lines })), _ => 100), UnitRateCheckOptions.Default).Length;
        });
        await ReportAsync("indicators, first request after a filing (values read, cells computed)", async () => CostIndicatorCalculator.Compute(await queries.ValuesAsync(null, null)).Length);
        await ReportAsync("indicators, any other request (the version check; cells from memory)", async () => (await queries.VersionAsync()).Length);
        await ReportAsync("load one tender (grain activation before the exchange read)", async () => (await store.LoadAsync($"H-{tenders / 2:00000}"))!.Value.Project.Versions.Length);

        if (postgres is null)
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task ReportAsync(string what, Func<Task<int>> run)
    {
        await run();
        var times = new List<double>();
        for (var i = 0; i < 9; i++)
        {
            var watch = Stopwatch.StartNew();
            await run();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{what}: median {times.Order().ElementAt(4):0.00} ms (min {times.Min():0.00}, max {times.Max():0.00})"));
    }

    /// <summary>A sample bill grown to about <paramref name="size"/> lines: each line repeated under further 10th–12th code digits, its rate moved by up to ±15 %.</summary>
    private static Boq Grow(Boq sample, int size, int seed)
    {
        var per = Math.Max(1, size / Math.Max(1, sample.LineCount));
        return sample with
        {
            UnitWorks =
            [
                .. sample.UnitWorks.Select(u => u with
                {
                    Lines = [.. u.Lines.SelectMany((l, i) => Enumerable.Range(0, per).Select(k => l with
                    {
                        ItemCode = l.ItemCode[..9] + (k + 1).ToString("000", CultureInfo.InvariantCulture),
                        UnitRate = Money.Round(l.UnitRate * (1 + ((seed * 31 + i * 17 + k * 13) % 301 - 150) / 1000m)),
                    }))],
                }),
            ],
        };
    }

    private static async Task FileAsync(TenderStore store, int i, string type, Boq bill, DateTimeOffset at)
    {
        var info = new TenderInfo($"H-{i:00000}", $"历史项目{i}", Regions[i % Regions.Length], type, 5000m + i % 20000, SampleBoq.RuleSet.Code,
            "91610113MA6W8K3Q77", "history", at);
        var project = TenderProject.Create(info);
        var rowVersion = await store.CreateAsync(project);
        var source = new BoqSource($"{info.TenderCode}.xlsx", info.TenderCode, "history", at);
        foreach (var step in new Func<TenderProject, LifecycleResult>[] { p => p.UploadBoq(bill, ImmutableArray<BoqFinding>.Empty, source, SampleBoq.RuleSet), p => p.Submit(at), p => p.File(at, "bureau") })
        {
            var change = step(project);
            rowVersion = await store.SaveCurrentAsync(change, rowVersion, "history");
            project = change.Project!;
        }
    }

    private static async Task<long> PostgresSizeAsync(CostDatabase database)
    {
        await using var connection = await database.OpenAsync();
        return await connection.ExecuteScalarAsync<long>("SELECT pg_database_size(current_database())");
    }
}
