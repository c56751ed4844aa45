using BenchmarkDotNet.Attributes;
using Cost.Domain;
using Cost.Domain.Indices;

namespace Cost.Benchmarks;

/// <summary>
/// The analyst's calculator: 10,000 items × 60 periods, the seven bilateral
/// formulas fixed-base and chained (14 series, target ≤ 0.3 s), and GEKS-Törnqvist over a 60-period
/// window (target ≤ 1 s). About 5 % of prices are missing, so the matched sets vary.
/// </summary>
[MemoryDiagnoser]
public class IndexCalculatorBenchmark
{
    private static readonly IndexFormula[] Bilateral =
    [
        IndexFormula.Laspeyres, IndexFormula.Paasche, IndexFormula.Fisher, IndexFormula.Tornqvist,
        IndexFormula.Jevons, IndexFormula.Dutot, IndexFormula.Carli,
    ];

    private static readonly YearMonth Base = new(2020, 1);
    private PanelObservation[] _rows = null!;
    private PricePanel _panel = null!;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(51290);
        var rows = new List<PanelObservation>(600_000);
        for (var i = 0; i < 10_000; i++)
        {
            var price = 10 + (random.NextDouble() * 5_000);
            for (var t = 0; t < 60; t++)
            {
                price *= 1 + ((random.NextDouble() - 0.48) * 0.04);
                if (t == 0 || random.NextDouble() >= 0.05)
                {
                    rows.Add(new PanelObservation(Base.AddMonths(t), "item" + i, price, random.Next(0, 1_000)));
                }
            }
        }

        _rows = [.. rows];
        _panel = PricePanel.Build(_rows);
    }

    [Benchmark]
    public PricePanel Index_the_table() => PricePanel.Build(_rows);

    [Benchmark]
    public int Seven_formulas_fixed_base_and_chained() =>
        IndexCalculator.Calculate(_panel, Base, Bilateral, chained: false).Length
        + IndexCalculator.Calculate(_panel, Base, Bilateral, chained: true).Length;

    [Benchmark]
    public int Geks_tornqvist_over_60_periods() => IndexCalculator.Calculate(_panel, Base, [IndexFormula.GeksTornqvist], chained: false).Length;

    [Benchmark]
    public int Geks_tornqvist_rolling_13_month_window() =>
        IndexCalculator.Calculate(_panel, Base, [IndexFormula.GeksTornqvist], chained: false, window: 13).Length;
}
