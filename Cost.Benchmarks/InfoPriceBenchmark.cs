using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Cost.Domain.Prices;

namespace Cost.Benchmarks;

/// <summary>
/// Draft information prices for one month: 1,000,000 observations in 3,000 series (target ≤ 1 s in
/// Cost.Domain alone). Prices spread ±5 % around each series' level with 1 % wild quotes, quantities
/// on most quotes, last month's price for every series.
/// </summary>
[MemoryDiagnoser]
public class InfoPriceBenchmark
{
    private const int Series = 3_000;
    private const int Observations = 1_000_000;

    private ResourceCatalogue _catalogue = null!;
    private ImmutableArray<PriceObservation> _observations;

    /// <summary>The synthetic catalogue of 3,000 series (for the month-close benchmark, which closes the same month).</summary>
    public ResourceCatalogue Catalogue => _catalogue;

    public ImmutableArray<PriceObservation> Quotes => _observations;
    private Dictionary<Resource, decimal> _last = null!;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20261025);
        var resources = Enumerable.Range(0, Series)
            .Select(i => new Resource((10_000_000 + (i / 10)).ToString("D8", System.Globalization.CultureInfo.InvariantCulture),
                "基准材料", $"规格{i % 10}", "t", "钢材", 0.13m))
            .ToList();
        _catalogue = new ResourceCatalogue(resources);
        var levels = resources.Select(_ => (decimal)(50 + random.NextDouble() * 5000)).ToArray();
        var source = new ObservationSource("bench", "bench.csv", "0", 0);
        var date = new DateOnly(2026, 10, 8);
        var builder = ImmutableArray.CreateBuilder<PriceObservation>(Observations);
        for (var n = 0; n < Observations; n++)
        {
            var s = random.Next(Series);
            var noise = 1 + ((random.NextDouble() - 0.5) * 0.1);
            var wild = random.Next(100) == 0 ? 1.6 : 1.0;
            var price = Math.Round(levels[s] * (decimal)(noise * wild), 2);
            decimal? quantity = random.Next(10) == 0 ? null : random.Next(1, 500);
            builder.Add(new PriceObservation(resources[s].Code, resources[s].Spec, price, 0.13m, quantity, "供应商", date, source with { Row = n + 2 }));
        }

        _observations = builder.MoveToImmutable();
        _last = resources.Zip(levels).ToDictionary(p => p.First, p => Math.Round(p.Second, 2));
    }

    [Benchmark]
    public int Draft_one_million_observations_in_3000_series() =>
        InfoPriceCalculator.ComputeAll(_observations, _catalogue,
            r => _last.TryGetValue(r, out var p) ? p : null, InfoPriceMethod.Default).Length;
}
