using Cost.Contracts;
using Cost.Domain.Bills;
using Cost.Domain.Materials;
using Cost.Domain.Projects;
using Cost.Samples;
using Cost.Silos.Exchange;
using Cost.Silos.Hosting;
using Cost.Silos.ReadModels;
using Cost.Silos.Store;
using Dapper;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Microsoft.Data.Sqlite;

namespace Cost.Tests.Silos.Store;

/// <summary>
/// The indicator aggregates kept at filing equal the ones rebuilt from the filings, after any sequence of
/// filings, revisions and awards: what the upload's check and the indicators read never drifts from the bills.
/// </summary>
public sealed class IndicatorAggregatesTests
{
    private static readonly DateTimeOffset At = new(2026, 10, 12, 9, 0, 0, TimeSpan.FromHours(8));
    private static readonly string[] Types = ["school", "office"];

    /// <summary>One change: file tender t at a rate factor (kind 0), revise it (1), or award it (2).</summary>
    public sealed record Change(int Tender, int Kind, int Factor);

    [Property(MaxTest = 20)]
    public Property Incremental_aggregates_equal_a_rebuild_after_any_filings_revisions_and_awards()
    {
        var step = from t in Gen.Choose(0, 3) from k in Gen.Choose(0, 2) from f in Gen.Choose(80, 130) select new Change(t, k, f);
        return Prop.ForAll(step.ListOf().Select(l => l.ToArray()).ToArbitrary(), steps => Check(steps).GetAwaiter().GetResult());
    }

    private static async Task<bool> Check(Change[] steps)
    {
        var folder = Directory.CreateTempSubdirectory("cost-aggregates-").FullName;
        try
        {
            var database = new CostDatabase(StoreEngine.Sqlite, $"Data Source={Path.Combine(folder, "a.db")};Pooling=False");
            await new StoreSetup(database, new Cost.Silos.Accounts.AccountDirectory(database), new FirmStore(database), new RestrictionStore(database), new Cost.Silos.Exchange.InitialRestrictions([]),
                new CalendarStore(database), new DataFolder(folder), TimeProvider.System).MigrateAsync();
            await using (var connection = await database.OpenAsync())
            {
                await connection.ExecuteAsync("INSERT INTO firms (credit_code, name, created_at) VALUES ('91610113MA6W8K3Q77', '示例咨询', '2026-10-01T09:00:00+08:00')");
            }

            var store = new TenderStore(database, Cost.Domain.Projects.FilingRules.Default);
            var exchange = new ExchangeStore(database, Cost.Domain.Projects.FilingRules.Default);
            var projects = new Dictionary<int, (TenderProject Project, long RowVersion)>();
            var awarded = new HashSet<int>();
            foreach (var s in steps)
            {
                await ApplyAsync(s, store, exchange, projects, awarded);
            }

            var incremental = await SnapshotAsync(database);
            await IndicatorAggregates.RebuildAsync(database, At);
            return incremental == await SnapshotAsync(database);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task ApplyAsync(Change s, TenderStore store, ExchangeStore exchange, Dictionary<int, (TenderProject Project, long RowVersion)> projects, HashSet<int> awarded)
    {
        var at = At.AddDays(s.Tender * 20 + s.Factor % 7);
        if (!projects.TryGetValue(s.Tender, out var entry))
        {
            var info = new TenderInfo($"AGG-{s.Tender}", $"示例项目{s.Tender}", "610113", Types[s.Tender % 2], s.Tender == 3 ? null : 5000m + s.Tender,
                SampleBoq.RuleSet.Code, "91610113MA6W8K3Q77", "consultant", At);
            var project = TenderProject.Create(info);
            entry = (project, await store.CreateAsync(project));
        }

        var (current, rowVersion) = entry;
        var bill = Bill(s.Factor / 100m, s.Tender);
        var source = new BoqSource($"{s.Tender}-{s.Factor}.xlsx", $"{s.Tender}{s.Factor}", "consultant", at);
        // A filing goes through upload, submit and file, each its own stored change as the grain stores them.
        var changes = new List<Func<TenderProject, LifecycleResult>>();
        if (s.Kind == 0 && current.LatestFiled is null)
        {
            changes.AddRange([p => p.UploadBoq(bill, [], source, SampleBoq.RuleSet, materials: Materials(s)), p => p.Submit(at), p => p.File(at, "bureau")]);
        }
        else if (s.Kind == 1 && current.LatestFiled is not null)
        {
            changes.Add(p => p.Revise(bill, [], source, SampleBoq.RuleSet, $"C{s.Factor}", at, "bureau"));
        }
        else if (s.Kind == 2 && current.LatestFiled is { } filed && awarded.Add(s.Tender))
        {
            var request = new IdempotentRequest("platform", $"award-{s.Tender}", $"/exchange/v1/tenders/{current.Info.TenderCode}/awards", "sha");
            await exchange.SaveAwardAsync(new AwardRow(current.Info.TenderCode, "91610000MA6TG1B20Y", "施工企业", Cost.Domain.Money.Round(filed.Price.Total * 0.93m),
                at, filed.Number, at), request, "{}");
        }

        foreach (var change in changes)
        {
            var result = change(current);
            Assert.NotNull(result.Project);
            rowVersion = await store.SaveCurrentAsync(result, rowVersion, "test");
            current = result.Project;
        }

        projects[s.Tender] = (current, rowVersion);
    }

    private static Boq Bill(decimal factor, int tender) => new([new UnitWork($"示例项目{tender}-建筑与装饰工程",
        [
            new BoqLine("010515001002", "现浇构件钢筋", "HRB400", "t", 10m + tender, Cost.Domain.Money.Round(5200m * factor), LineKind.MeasuredWork),
            new BoqLine("010505001001", "有梁板", "C30", "m3", 100m, Cost.Domain.Money.Round((580m + tender) * factor), LineKind.MeasuredWork),
            new BoqLine("011702014001", "有梁板", "模板", "m2", 700m, Cost.Domain.Money.Round(65m * factor), LineKind.UnitPricedMeasure),
        ], [], OtherItems.None, [])]);

    private static MaterialCheck Materials(Change s) => new("610113", "雁塔区", new Cost.Domain.YearMonth(2026, 9), 0.1m,
    [
        new(new MaterialRow("表-21", 8, "F", null, null, "热轧带肋钢筋", "HRB400E Φ12", "t", 10m + s.Tender, 4100m), MaterialStatus.Within,
            "01010101", "HRB400E Φ12", 4000m + s.Factor, "610100", "西安市", 2.5m, "钢材"),
        new(new MaterialRow("表-21", 9, "F", null, null, "商品混凝土", "C30", "m3", 100m * s.Factor, 450m), MaterialStatus.NoPrice,
            "80210001", "C30", ResourceCategory: "商品混凝土"),
    ]);

    private static async Task<string> SnapshotAsync(CostDatabase database)
    {
        await using var connection = await database.OpenAsync();
        var cells = await connection.QueryAsync<string>(
            "SELECT item_code || '|' || unit || '|' || project_type || '|' || buckets FROM filed_rate_histograms ORDER BY 1");
        var values = await connection.QueryAsync<string>(
            "SELECT tender_code || '|' || measure_code || '|' || printf('%.9f', value) FROM indicator_values ORDER BY 1");
        var uses = await connection.QueryAsync<string>(
            "SELECT tender_code || '|' || category || '|' || resource_code || '|' || spec || '|' || printf('%.4f', used_value) FROM filed_material_use ORDER BY 1");
        return string.Join("\n", cells.Concat(values).Concat(uses));
    }
}
