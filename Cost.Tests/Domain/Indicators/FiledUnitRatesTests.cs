using Cost.Domain;
using Cost.Domain.Bills;
using Cost.Domain.Indicators;
using Cost.Domain.Pricing;
using Cost.Samples;

namespace Cost.Tests.Domain.Indicators;

public class FiledUnitRatesTests
{
    /// <summary>A filed project with one rebar line at <paramref name="unitRate"/> and one unpriced line.</summary>
    public static IndicatorProject Project(string tenderCode, string projectType, YearMonth filed, decimal unitRate)
    {
        var boq = new Boq([new UnitWork("某楼-建筑与装饰工程",
            [
                new BoqLine("010515001002", "现浇构件钢筋", "HRB400", "t", 10m, unitRate, LineKind.MeasuredWork),
                new BoqLine("010515001003", "现浇构件钢筋", "HRB500", "t", 1m, 0m, LineKind.MeasuredWork),
            ], [], OtherItems.None, [])]);
        return new IndicatorProject(tenderCode, tenderCode, projectType, "610113", filed, 1000m, CeilingPriceCalculator.Price(boq, SampleBoq.RuleSet), boq);
    }

    [Fact]
    public void Priced_lines_of_other_tenders_are_grouped_by_item_and_unit_at_todays_prices()
    {
        var projects = new[] { Project("T-1", "school", new YearMonth(2026, 1), 5000m), Project("T-2", "school", new YearMonth(2026, 1), 6000m) };

        var rates = FiledUnitRates.Of(projects, "T-2", p => 1.1);

        var only = Assert.Single(rates);
        Assert.Equal(("010515001", "t"), only.Key);
        Assert.Equal(5500.0, Assert.Single(only.Value), 9);
    }

    [Fact]
    public void Without_a_tender_to_leave_out_every_filed_line_counts() =>
        Assert.Equal(2, FiledUnitRates.Of([Project("T-1", "school", new YearMonth(2026, 1), 5000m), Project("T-2", "school", new YearMonth(2026, 1), 6000m)], null, _ => 1)
            [("010515001", "t")].Length);
}
