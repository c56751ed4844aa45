using Cost.Domain.Bills;
using Cost.Domain.Indicators;

namespace Cost.Tests.Domain.Indicators;

public class UnitRateCheckTests
{
    private static readonly BoqLine Rebar = new("010515001002", "现浇构件钢筋", "HRB400", "t", 10m, 9000m, LineKind.MeasuredWork);

    private static Boq Bill(params BoqLine[] lines) => new([new UnitWork("某楼-建筑与装饰工程", [.. lines], [], OtherItems.None, [])]);

    private static Dictionary<(string, string), RateDistribution> Filed(int count) =>
        new() { [("010515001", "t")] = RateDistribution.Of(Enumerable.Range(0, count).Select(i => 5200.0 + 50 * i)) };

    [Fact]
    public void Fewer_than_5_comparable_lines_say_nothing() =>
        Assert.Empty(UnitRateCheck.Check(Bill(Rebar), Filed(4), UnitRateCheckOptions.Default));

    [Fact]
    public void With_5_comparable_lines_a_rate_far_outside_P10_P90_is_a_warning_with_the_median_and_range()
    {
        var finding = Assert.Single(UnitRateCheck.Check(Bill(Rebar), Filed(5), UnitRateCheckOptions.Default));

        Assert.Equal(FindingSeverity.Warning, finding.Severity);
        Assert.Equal("010515001002", finding.ItemCode);
        Assert.Equal(5300m, finding.Expected);
        Assert.Contains("中位数 5300.00", finding.Message, StringComparison.Ordinal);
        Assert.Contains("5220.00–5380.00", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rate_within_the_margin_or_of_another_unit_is_not_flagged()
    {
        var inside = Rebar with { UnitRate = 5380m * 1.14m };
        var otherUnit = Rebar with { Unit = "kg", UnitRate = 9m };
        Assert.Empty(UnitRateCheck.Check(Bill(inside, otherUnit), Filed(8), UnitRateCheckOptions.Default));
    }
}
