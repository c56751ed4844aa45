using Cost.Web.Charts;
using FsCheck;
using FsCheck.Fluent;

namespace Cost.Tests.Web;

/// <summary>Chart ticks cover the data with a step of 1, 2, 2.5 or 5 × 10ⁿ and 2 to 8 ticks, whatever the values.</summary>
public class ChartTicksTests
{
    [Fact]
    public void An_index_between_96_7_and_101_2_gets_ticks_a_person_reads_at_a_glance()
    {
        Assert.Equal([96, 97, 98, 99, 100, 101, 102], ChartTicks.Nice(96.7, 101.2));
        Assert.Equal([3000, 3500, 4000, 4500, 5000], ChartTicks.Nice(3120.55, 4890.1));
    }

    [Fact]
    public void Ticks_cover_the_values_with_a_round_step()
    {
        var values = Gen.Choose(-1_000_000, 1_000_000).Two().Select(t => (t.Item1 / 100.0, t.Item2 / 100.0)).ToArbitrary();
        Prop.ForAll(values, v =>
        {
            var (low, high) = (Math.Min(v.Item1, v.Item2), Math.Max(v.Item1, v.Item2));
            var ticks = ChartTicks.Nice(low, high);
            var step = ticks[1] - ticks[0];
            var mantissa = step / Math.Pow(10, Math.Floor(Math.Log10(step)));
            return ticks.Count is >= 2 and <= 8 && ticks[0] <= low + 1e-9 && ticks[^1] >= high - 1e-9
                && new[] { 1, 2, 2.5, 5 }.Any(m => Math.Abs(mantissa - m) < 1e-6)
                && ticks.Zip(ticks.Skip(1)).All(p => Math.Abs(p.Second - p.First - step) < 1e-6 * step);
        }).QuickCheckThrowOnFailure();
    }
}
