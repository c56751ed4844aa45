using BenchmarkDotNet.Attributes;
using Cost.Contracts;
using Cost.Domain;
using Cost.Silos.Hosting;
using Cost.Silos.Store;
using Dapper;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Cost.Benchmarks;

/// <summary>
/// The month's close as the PricePeriod grain runs it, on an in-process silo over SQLite:
/// read the month's 1,000,000 observations and the last published prices, draft all 3,000 series in one
/// pass (<see cref="InfoPriceBenchmark"/>'s data) and write the drafts. Each iteration closes a month of its
/// own, a copy of the stored observations made before it is timed.
/// </summary>
[MemoryDiagnoser]
public class MonthCloseBenchmark
{
    private const string Region = "610100";
    private static readonly YearMonth Stored = new(2026, 10);

    private IHost _host = null!;
    private string _folder = "";
    private YearMonth _month = Stored;

    [GlobalSetup]
    public void Setup()
    {
        var bench = new InfoPriceBenchmark();
        bench.Setup();
        _folder = Directory.CreateTempSubdirectory("cost-bench-close-").FullName;
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Cost"] = $"Data Source={Path.Combine(_folder, "cost.db")}",
            ["Orleans:SiloPort"] = "21211",
            ["Orleans:GatewayPort"] = "40100",
            ["Logging:LogLevel:Default"] = "Warning",
        });
        builder.Services.AddCostCore(builder.Configuration);
        builder.Services.AddSingleton(bench.Catalogue);
        builder.UseOrleans(silo => silo.ConfigureCostSilo(builder.Configuration));
        _host = builder.Build();
        MigrationRunner.ApplyAsync(_host.Services.GetRequiredService<CostDatabase>()).GetAwaiter().GetResult();
        _host.StartAsync().GetAwaiter().GetResult();
        var upload = new SurveyUpload("bench.csv", "0", "bench", DateTimeOffset.UnixEpoch, bench.Quotes, 0);
        Period(Stored).AddSurvey(upload).GetAwaiter().GetResult();
    }

    /// <summary>The stored observations again under the next month, so that the timed close finds a month still collecting.</summary>
    [IterationSetup]
    public void CopyMonth()
    {
        var from = _month;
        _month = _month.AddMonths(1);
        var upload = $"bench-{_month}";
        using var connection = _host.Services.GetRequiredService<CostDatabase>().OpenAsync().GetAwaiter().GetResult();
        connection.Execute(
            """
            INSERT INTO price_uploads (id, region, period, file_sha256, file_name, uploaded_by, uploaded_at, accepted, rejected)
            SELECT @upload, region, @to, @upload, file_name, uploaded_by, uploaded_at, accepted, rejected FROM price_uploads WHERE region = @Region AND period = @from;
            INSERT INTO price_observations (upload_id, source_row, region, period, resource_code, spec, price_incl_tax, vat_rate, quantity, supplier, quoted_on)
            SELECT @upload, source_row, region, @to, resource_code, spec, price_incl_tax, vat_rate, quantity, supplier, quoted_on
            FROM price_observations WHERE region = @Region AND period = @from;
            """, new { upload, Region, from = from.ToString(), to = _month.ToString() });
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _host.StopAsync().GetAwaiter().GetResult();
        _host.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Benchmark]
    public async Task<int> Close_a_month_of_one_million_observations_in_3000_series() => (await Period(_month).Close()).Value!.Counts.Series;

    private IPricePeriodGrain Period(YearMonth month) =>
        _host.Services.GetRequiredService<IGrainFactory>().GetGrain<IPricePeriodGrain>(GrainKeys.PricePeriod(Region, month));
}
