using BenchmarkDotNet.Attributes;
using Cost.Domain.Bills;
using Cost.Domain.Pricing;

namespace Cost.Benchmarks;

/// <summary>Pricing 1,000,000 BoQ lines (target ≤ 0.3 s on one core).</summary>
[MemoryDiagnoser]
public class PricingBenchmark
{
    private Boq _boq = null!;

    [GlobalSetup]
    public void Setup() => _boq = BenchBills.Create(1_000_000, unitWorks: 4);

    [Benchmark]
    public decimal Price_one_million_lines() => CeilingPriceCalculator.Price(_boq, BenchBills.RuleSet).Total;
}
