using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Cost.Contracts;
using Cost.Domain;
using Cost.Domain.Prices;
using Cost.Silos.Hosting;
using Cost.Silos.Store;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Cost.Benchmarks;

/// <summary>
/// The month's drafts through the grains (target ≤ 5 s): 1,000,000 observations fanned out to 3,000
/// PriceSeries grains in parallel, as PricePeriodGrain.Close does, on an in-process silo.
/// </summary>
[MemoryDiagnoser]
public class DraftGrainBenchmark
{
    private IHost _host = null!;
    private string _folder = "";
    private ImmutableArray<(SeriesKey Key, ImmutableArray<PriceObservation> Observations)> _series;

    [GlobalSetup]
    public void Setup()
    {
        var bench = new InfoPriceBenchmark();
        bench.Setup();
        _folder = Directory.CreateTempSubdirectory("cost-bench-grains-").FullName;
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
        _series = [.. bench.Quotes.GroupBy(o => (o.ResourceCode, o.Spec))
            .Select(g => (new SeriesKey(g.Key.ResourceCode, g.Key.Spec, "610100"), g.ToImmutableArray()))];
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _host.StopAsync().GetAwaiter().GetResult();
        _host.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Benchmark]
    public async Task<int> Drafts_of_one_million_observations_through_3000_series_grains()
    {
        var grains = _host.Services.GetRequiredService<IGrainFactory>();
        var period = new YearMonth(2026, 10);
        var drafts = await Task.WhenAll(_series.Select(s =>
            grains.GetGrain<IPriceSeriesGrain>(GrainKeys.PriceSeries(s.Key)).ComputeDraft(period, new SeriesObservations(s.Observations))));
        return drafts.Length;
    }
}
