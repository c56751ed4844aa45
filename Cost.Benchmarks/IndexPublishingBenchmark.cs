using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Cost.Domain;
using Cost.Domain.PriceIndices;
using Cost.Domain.Prices;

namespace Cost.Benchmarks;

/// <summary>
/// Publishing indices for 5,000 resources × 36 months × 20 baskets (11 elementary, 9 composite),
/// fixed-base, chained, year-on-year and contributions: target ≤ 1 s.
/// </summary>
[MemoryDiagnoser]
public class IndexPublishingBenchmark
{
    private const int Resources = 5_000, Months = 36, Categories = 11, Composites = 9;
    private static readonly YearMonth Base = new(2024, 1);
    private BasketCatalogue _baskets = null!;
    private List<(YearMonth, IReadOnlyCollection<InfoPrice>)> _months = null!;

    [GlobalSetup]
    public void Setup()
    {
        ImmutableArray<ElementaryBasket> elementary = [.. Enumerable.Range(0, Categories).Select(c => new ElementaryBasket($"e{c}", $"要素{c}", $"类别{c}"))];
        ImmutableArray<CompositeBasket> composite = [.. Enumerable.Range(0, Composites).Select(k => new CompositeBasket($"c{k}", $"综合{k}", $"type{k}",
            [.. Enumerable.Range(0, Categories).Select(c => new BasketWeight($"e{c}", 1.0 / Categories))], "bench"))];
        _baskets = new BasketCatalogue(Base, elementary, composite);
        _months = [.. Enumerable.Range(0, Months).Select(m => (Base.AddMonths(m), (IReadOnlyCollection<InfoPrice>)Enumerable.Range(0, Resources).Select(r =>
        {
            var price = Math.Round(100m + r % 97 + m * (r % 7 - 3) * 0.5m, 2);
            return new InfoPrice($"{r:D8}", "", $"资源{r}", "t", $"类别{r % Categories}", price, price, 0.13m, 3, false, false);
        }).ToList()))];
    }

    [Benchmark]
    public int Publish_5000_resources_36_months_20_baskets()
    {
        var series = PriceIndexPublisher.Series(new IndexBase(_baskets, _months[0].Item2), _months);
        return series.Sum(m => m.Length);
    }
}
