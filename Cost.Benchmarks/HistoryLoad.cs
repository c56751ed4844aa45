using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
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
using Cost.Web.Exchange;
using Cost.Web.Indicators;
using Cost.Web.Indices;
using Dapper;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace Cost.Benchmarks;

/// <summary>
/// <c>-- --history N [--lines L] [--postgres "Host=…;Database=…" --redis host:port]</c>: fills a fresh store with N filed tenders
/// directly through the store layer (the sample types' complete bills, grown to L lines on average, 1,000–10,000,
/// in five types and six districts, filed over 24 months, bids opened for all but the last ten), then times what depends on that history: the unit-rate
/// check of a 2,000-line upload with its version stored, the indicators as the page asks for them (after a filing, and
/// otherwise), the exchange's ceiling-price read (a tender's first, and repeated) and what a month's publication reads
/// of the tenders; then the upload, the indicators and the exchange read over HTTP on the whole system started on that
/// store (seeded as a new installation first). Prints the generation time, the store's size per filed line and the median of 31 runs of each (501 of a sub-millisecond read, whose median over 31 moves by a third on a shared machine).
/// Nothing is asserted.
/// </summary>
public static class HistoryLoad
{
    private const int Runs = 31;

    /// <summary>Runs of a sub-millisecond read: its median moves by a third over 31 runs on a shared machine, far less over 501.</summary>
    private const int ReadRuns = 501;

    /// <summary>Filed tenders whose bids are not opened yet, at every N.</summary>
    private const int OpenTenders = 10;

    private static readonly string[] Regions = ["610102", "610104", "610111", "610112", "610113", "610116"];

    public static async Task RunAsync(int tenders, int lines, string? postgres, string? redis)
    {
        var folder = Directory.CreateTempSubdirectory("cost-history-").FullName;
        var database = postgres is null
            ? new CostDatabase(StoreEngine.Sqlite, $"Data Source={Path.Combine(folder, "history.db")}")
            : new CostDatabase(StoreEngine.PostgreSql, postgres);
        // The whole system on this store for the timings over HTTP: on PostgreSQL a one-silo cluster, which needs redis.
        var system = SystemSettings(database, postgres, redis);
        if (system is null)
        {
            await new StoreSetup(database, new AccountDirectory(database), new FirmStore(database), new RestrictionStore(database), new InitialRestrictions([]),
                new CalendarStore(database), new DataFolder(folder), TimeProvider.System).MigrateAsync();
        }
        else
        {
            // Started once on the empty store first: migrated and seeded as a new installation is (demo accounts, two years
            // of published prices), before the history is filed beside it.
            await (await InProcessSystem.StartAsync(system)).DisposeAsync();
        }

        await using (var connection = await database.OpenAsync())
        {
            await connection.ExecuteAsync("INSERT INTO firms (credit_code, name, created_at) VALUES ('91610113MA6W8K3Q77', '示例咨询', '2025-01-01T09:00:00+08:00') ON CONFLICT DO NOTHING");
        }

        var store = new TenderStore(database, FilingRules.Default);
        var samples = IndicatorSampleBoqs.All.GroupBy(s => s.ProjectType).ToDictionary(g => g.Key, g => IndicatorSampleBoqs.Create(g.First()));
        var types = samples.Keys.Order(StringComparer.Ordinal).ToArray();
        var before = await SizeAsync(database, postgres);
        var watch = Stopwatch.StartNew();
        long filedLines = 0;
        for (var i = 0; i < tenders; i++)
        {
            var type = types[i % types.Length];
            var bigness = Math.Clamp((int)(lines * (0.5 + (i * 7919 % 1000) / 666.0)), 1000, 10000);
            var bill = Grow(samples[type], bigness, i);
            filedLines += bill.LineCount;
            // Bids open after filing: all but the last ten tenders are opened, so that what is open at the time (the rush) stays
            // the same at every N and only the history grows.
            var filedAt = new DateTimeOffset(2025, 1, 1, 9, 0, 0, BureauTime.Offset).AddDays(i * 730.0 / tenders);
            await FileAsync(store, i, type, bill, filedAt, opened: i < tenders - OpenTenders);
        }

        var generation = watch.Elapsed;
        // A store at rest, as it is between a day's filings: PostgreSQL vacuumed and analysed (autovacuum would be busy
        // with the generated rows during the timings otherwise), SQLite's write-ahead log checkpointed into the file.
        await using (var connection = await database.OpenAsync())
        {
            await connection.ExecuteAsync(postgres is null ? "PRAGMA wal_checkpoint(TRUNCATE)" : "VACUUM ANALYZE", commandTimeout: 3600);
        }

        var size = await SizeAsync(database, postgres) - before;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{tenders:N0} filed tenders, {filedLines:N0} lines, generated in {generation.TotalSeconds:0.0} s; store +{size / 1048576.0:0.0} MiB, {(double)size / filedLines:0} bytes per filed line"));

        var queries = new IndicatorQueries(database);
        var upload = Grow(samples["school"], 2000, tenders + 1);
        var codes = upload.UnitWorks.SelectMany(u => u.Lines).Select(l => UnitRateCheck.Key(l).Code).ToHashSet(StringComparer.Ordinal);
        // The part of an upload that meets the history: the unit-rate check's reads and the check, then the version
        // stored (reading the workbook, pricing and the other checks do not depend on what is filed). Each run registers
        // a tender of its own first (not timed).
        var uploads = 0;
        async Task<(TenderProject Project, long RowVersion)> RegisterAsync()
        {
            var project = TenderProject.Create(Info($"U-{uploads:00000}", uploads++, "school", DateTimeOffset.Now));
            return (project, await store.CreateAsync(project));
        }

        var registered = await RegisterAsync();
        await ReportAsync("upload of a 2,000-line bill (unit-rate check, version stored)", async () =>
        {
            var project = registered.Project;
            var cells = await queries.RateCellsAsync(codes);
            var own = await queries.OwnCellsAsync(project.Info.TenderCode);
            var findings = UnitRateCheck.Check(upload, FiledUnitRates.Distributions(cells.Concat(own.Select(c => c with { Lines = -c.Lines })), _ => 100), UnitRateCheckOptions.Default);
            var change = project.UploadBoq(upload, findings, new BoqSource("upload.xlsx", project.Info.TenderCode, "history", DateTimeOffset.Now), SampleBoq.RuleSet);
            await store.SaveCurrentAsync(change, registered.RowVersion, "history");
            return findings.Length;
        }, async () => registered = await RegisterAsync());
        // As the indicators page and API do: the table of every filed tender and the filing years, after a filing (not timed) and otherwise.
        var data = DataFolder.Beside(null);
        using var indicators = new IndicatorOperations(queries, new PublishedIndices(new IndexQueries(database), IndexBaskets.Load(data), ReferenceData.Load(data)));
        async Task<int> TableAsync() => (await indicators.TableAsync(null, null, false)).Cells.Length + (await indicators.YearsAsync()).Length;
        await TableAsync();
        var next = tenders;
        await ReportAsync("indicators, first request after a filing (the filing's values followed)", TableAsync,
            async () => await FileAsync(store, next, types[next % types.Length], Grow(samples[types[next % types.Length]], lines, next++), DateTimeOffset.Now));
        await ReportAsync("indicators, any other request (the version check; cells from memory)", TableAsync, runs: ReadRuns);
        // The exchange's ceiling-price read: the tender's row version, and for a tender not read before its filed price read and serialised.
        // A tender's first read is timed on answers that know no tender yet (a new front), one tender after another.
        // One TenderQueries, as the web front has: its prepared row-version read is opened once, not per new front.
        await using var tenderQueries = new TenderQueries(database);
        CeilingPriceAnswers Answers() => new(tenderQueries, Options.Create(new JsonOptions()));
        var answers = Answers();
        var reads = 0;
        await ReportAsync("exchange ceiling-price read, a tender's first", async () => (await answers.GetAsync($"H-{reads++ * 7919 % tenders:00000}", default))!.Length,
            () =>
            {
                answers.Dispose();
                answers = Answers();
                return Task.CompletedTask;
            }, ReadRuns);
        await ReportAsync("exchange ceiling-price read, repeated", async () => (await answers.GetAsync("H-00000", default))!.Length, runs: ReadRuns);
        answers.Dispose();

        // What a month's publication reads of the tenders: the filed, unopened ones for the stale-price watch.
        var stale = new StaleAlarmQueries(database);
        await ReportAsync("publication's read of filed, unopened tenders (stale-price watch)", async () => (await stale.CandidatesAsync()).Length, runs: ReadRuns);

        if (system is not null)
        {
            await OverHttpAsync(system, Grow(samples["school"], 2000, tenders + 2));
        }

        if (postgres is null)
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>
    /// The same work as users meet it, over HTTP on the whole system started on this store: a consultant's upload of a
    /// 2,000-line workbook (every check, the version stored; each run on a tender registered first, not timed), the public
    /// indicators, the platform's signed ceiling-price read of a filed tender, and the bureau's publication of a month.
    /// </summary>
    private static async Task OverHttpAsync(IReadOnlyDictionary<string, string> settings, Boq bill)
    {
        await using var system = await InProcessSystem.StartAsync(settings);
        using var http = VirtualUsers.Client(system.Address, 1);
        var token = await VirtualUsers.TokenAsync(http, "consultant", "consultant-demo");
        using var workbook = new MemoryStream();
        BoqWorkbookWriter.Write(bill, SampleBoq.RuleSet, workbook, SampleWorkbooks.Options);
        var bytes = workbook.ToArray();
        var code = "";
        await ReportAsync("HTTP: POST /api/projects/{code}/boq, a 2,000-line workbook with all its checks", async () =>
            {
                var file = new ByteArrayContent(bytes);
                file.Headers.ContentType = new("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
                using var response = await http.SendAsync(Bearer(HttpMethod.Post, $"/api/projects/{code}/boq", token,
                    new MultipartFormDataContent { { file, "file", SampleWorkbooks.FileName } }));
                return Ok(response);
            },
            async () =>
            {
                code = $"U-{Guid.NewGuid():N}"[..20];
                var project = new { tenderCode = code, name = "历史基准学校", region = "610113", projectType = "school", buildingArea = 8000 };
                using var response = await http.SendAsync(Bearer(HttpMethod.Post, "/api/projects", token, JsonContent.Create(project)));
                Ok(response);
            });
        await ReportAsync("HTTP: GET /api/public/indicators", async () =>
        {
            using var response = await http.GetAsync("/api/public/indicators");
            return Ok(response);
        }, runs: ReadRuns);
        await ReportAsync("HTTP: signed GET /exchange/v1/tenders/{code}/ceiling-price", async () =>
        {
            using var response = await http.SendAsync(ExchangeLoad.SignedRequest(HttpMethod.Get, "/exchange/v1/tenders/H-00000/ceiling-price", []));
            return Ok(response);
        }, runs: ReadRuns);

        // A month's publication as the bureau makes it: a price changed after review (not timed), then published as a new
        // revision — the prices written, the indices told, and the filed, unopened tenders held against the month.
        var bureau = await VirtualUsers.TokenAsync(http, "bureau", "bureau-demo");
        const string period = "/api/price-periods/610100/2026-10";
        using var described = await http.SendAsync(Bearer(HttpMethod.Get, period, bureau));
        Ok(described);
        var draft = (await described.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("drafts").EnumerateArray()
            .First(d => d.GetProperty("priceInclTax").ValueKind == JsonValueKind.Number);
        var (resourceCode, spec, price) = (draft.GetProperty("resourceCode").GetString(), draft.GetProperty("spec").GetString(), draft.GetProperty("priceInclTax").GetDecimal());
        var revisions = 0;
        await ReportAsync("HTTP: POST /api/price-periods/{region}/{period}/publish, a new revision", async () =>
            {
                using var response = await http.SendAsync(Bearer(HttpMethod.Post, $"{period}/publish", bureau));
                return Ok(response);
            },
            async () =>
            {
                var changed = new { resourceCode, spec, priceInclTax = price + (revisions++ % 2 == 0 ? 0.01m : 0.02m), reason = "基准测试：复核后更正" };
                using var response = await http.SendAsync(Bearer(HttpMethod.Post, $"{period}/overrides", bureau, JsonContent.Create(changed)));
                Ok(response);
            });
    }

    /// <summary>Settings that start the whole system on this store; null on PostgreSQL without redis (no timings over HTTP then).</summary>
    private static Dictionary<string, string>? SystemSettings(CostDatabase database, string? postgres, string? redis)
    {
        var settings = new Dictionary<string, string>
        {
            ["ConnectionStrings:Cost"] = postgres ?? $"Data Source={database.File}",
            ["Exchange:Clients:platform:Secret"] = ExchangeLoad.Secret,
            ["Exchange:RateLimit"] = "100000000",
            ["Limits:AnonymousPerMinute"] = "100000000",
            ["Limits:AccountPerMinute"] = "100000000",
        };
        if (postgres is null)
        {
            return settings;
        }

        if (redis is null)
        {
            Console.WriteLine("(no --redis: the timings over HTTP need the system as a one-silo cluster on PostgreSQL, and are left out)");
            return null;
        }

        settings["Cost:Mode"] = "cluster";
        settings["ConnectionStrings:Redis"] = redis;
        settings["Orleans:ClusterId"] = $"history-{Guid.NewGuid():N}";
        return settings;
    }

    private static HttpRequestMessage Bearer(HttpMethod method, string path, string token, HttpContent? content = null) =>
        new(method, path) { Content = content, Headers = { Authorization = new("Bearer", token) } };

    /// <summary>The answer's status, when it is a success; a failure stops the benchmark with the answer.</summary>
    private static int Ok(HttpResponseMessage response) => response.IsSuccessStatusCode
        ? (int)response.StatusCode
        : throw new InvalidOperationException($"{response.RequestMessage?.RequestUri} → {(int)response.StatusCode}: {response.Content.ReadAsStringAsync().GetAwaiter().GetResult()}");

    /// <param name="what">What is timed.</param>
    /// <param name="run">The timed work.</param>
    /// <param name="before">Untimed work before each run (a filing), if any.</param>
    /// <param name="runs">How many runs are timed (as many run untimed first).</param>
    private static async Task ReportAsync(string what, Func<Task<int>> run, Func<Task>? before = null, int runs = Runs)
    {
        // As many runs untimed first, then a pause: the timed runs meet code the JIT has finished optimising at every N
        // (at N = 10 the process is seconds old; at 5,000 it has run for minutes).
        var times = new List<double>();
        for (var i = 0; i < 2 * runs; i++)
        {
            if (i == runs)
            {
                await Task.Delay(500);
            }

            if (before is not null)
            {
                await before();
            }

            var watch = Stopwatch.StartNew();
            await run();
            if (i >= runs)
            {
                times.Add(watch.Elapsed.TotalMilliseconds);
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{what}: median {times.Order().ElementAt(runs / 2):0.00} ms (min {times.Min():0.00}, max {times.Max():0.00})"));
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

    /// <summary>A tender of the generator's firm: the i-th of its kind, in one of six districts, 5,000–25,000 m².</summary>
    private static TenderInfo Info(string code, int i, string type, DateTimeOffset at) =>
        new(code, $"历史项目{code}", Regions[i % Regions.Length], type, 5000m + i % 20000, SampleBoq.RuleSet.Code, "91610113MA6W8K3Q77", "history", at);

    private static async Task FileAsync(TenderStore store, int i, string type, Boq bill, DateTimeOffset at, bool opened = false)
    {
        var project = TenderProject.Create(Info($"H-{i:00000}", i, type, at));
        var rowVersion = await store.CreateAsync(project);
        var source = new BoqSource($"{project.Info.TenderCode}.xlsx", project.Info.TenderCode, "history", at);
        Func<TenderProject, LifecycleResult>[] steps = [p => p.UploadBoq(bill, ImmutableArray<BoqFinding>.Empty, source, SampleBoq.RuleSet), p => p.Submit(at), p => p.File(at, "bureau")];
        foreach (var step in opened ? [.. steps, p => p.Lock(1, at.AddDays(30))] : steps)
        {
            var change = step(project);
            rowVersion = await store.SaveCurrentAsync(change, rowVersion, "history");
            project = change.Project!;
        }
    }

    /// <summary>The store's size in bytes: the SQLite file (its write-ahead log checkpointed), or the PostgreSQL database.</summary>
    private static async Task<long> SizeAsync(CostDatabase database, string? postgres)
    {
        await using var connection = await database.OpenAsync();
        if (postgres is null)
        {
            await connection.ExecuteAsync("PRAGMA wal_checkpoint(TRUNCATE)");
            return new FileInfo(database.File!).Length;
        }

        return await connection.ExecuteScalarAsync<long>("SELECT pg_database_size(current_database())");
    }
}
