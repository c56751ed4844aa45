using Cost.Domain;
using Cost.Domain.Indicators;
using Cost.Domain.Pricing;
using Cost.Samples;

namespace Cost.Tests.Domain.Indicators;

public class CostIndicatorCalculatorTests
{
    private static readonly string[] Parts = ["measured-works", "measures", "other-items", "statutory-fees", "tax"];

    private static IndicatorProject Project(IndicatorSampleBoqs.Spec spec, decimal? award = null)
    {
        var boq = IndicatorSampleBoqs.Create(spec);
        return new IndicatorProject(spec.TenderName, spec.TenderName, spec.ProjectType, "610113", new YearMonth(2026, 10), spec.BuildingArea,
            CeilingPriceCalculator.Price(boq, SampleBoq.RuleSet), boq, award);
    }

    [Fact]
    public void A_cell_of_fewer_than_3_projects_is_not_published()
    {
        var projects = IndicatorSampleBoqs.All.Where(s => s.ProjectType != "school").Select(s => Project(s))
            .Append(Project(IndicatorSampleBoqs.All.First(s => s.ProjectType == "school"))).ToList();

        var cells = CostIndicatorCalculator.Compute(projects.SelectMany(CostIndicatorCalculator.Values));

        Assert.All(cells.Where(c => c.ProjectType == "school"), c => Assert.Null(c.Statistics));
        Assert.All(cells.Where(c => c.ProjectType == "residential"), c => Assert.Equal(3, c.Statistics!.Count));
    }

    [Fact]
    public void A_bill_without_reinforcement_or_concrete_lines_has_no_content_rather_than_zero()
    {
        var road = Project(IndicatorSampleBoqs.All.First(s => s.ProjectType == "municipal-road"));

        var measures = CostIndicatorCalculator.Values(road).Select(v => v.Measure.Code).ToList();

        Assert.Contains("total", measures);
        Assert.DoesNotContain("steel", measures);
        Assert.DoesNotContain("concrete", measures);
        Assert.DoesNotContain("formwork", measures);
    }

    [Fact]
    public void Cost_per_m2_adds_up_by_part_and_consumption_comes_from_the_item_codes()
    {
        var project = Project(IndicatorSampleBoqs.All[0]);
        var values = CostIndicatorCalculator.Values(project).ToDictionary(v => v.Measure.Code, v => v.Value);

        var parts = Parts.Sum(c => values[c]);
        Assert.Equal(values["total"], parts, 6);
        var steel = project.Boq.UnitWorks.SelectMany(u => u.Lines).Where(l => l.ItemCode.StartsWith("010515", StringComparison.Ordinal)).Sum(l => (double)l.Quantity);
        Assert.Equal(steel / 9860.0, values["steel"], 9);
        Assert.InRange(values["concrete"], 0.05, 0.5);
        Assert.InRange(values["formwork"], 0.5, 3);
        Assert.Contains("unit:建筑与装饰工程", values.Keys);
        Assert.DoesNotContain("award-ratio", values.Keys);
    }

    [Fact]
    public void The_award_ratio_and_todays_prices()
    {
        var projects = IndicatorSampleBoqs.All.Where(s => s.ProjectType == "office").Select(s => Project(s)).ToList();
        var ratios = projects.Select(p => p with { AwardPrice = Money.Round(p.Price.Total * 0.92m) }).ToList();

        var values = ratios.SelectMany(CostIndicatorCalculator.Values).ToList();
        var cells = CostIndicatorCalculator.Compute(values, (_, _) => 1.1);

        Assert.Equal(0.92, cells.Single(c => c.Measure.Code == "award-ratio").Statistics!.Median, 6);
        var filed = CostIndicatorCalculator.Compute(values).Single(c => c.Measure.Code == "total").Statistics!;
        Assert.Equal(filed.Mean * 1.1, cells.Single(c => c.Measure.Code == "total").Statistics!.Mean, 6);
        var steel = CostIndicatorCalculator.Compute(values).Single(c => c.Measure.Code == "steel").Statistics!;
        Assert.Equal(steel.Mean, cells.Single(c => c.Measure.Code == "steel").Statistics!.Mean, 12);
    }

    [Fact]
    public void Percentiles_interpolate_between_order_statistics()
    {
        var s = IndicatorStatistics.Of([4, 1, 3, 2, 5]);
        Assert.Equal((5, 3.0, 3.0, 2.0, 4.0, 1.0, 5.0), (s.Count, s.Mean, s.Median, s.P25, s.P75, s.Min, s.Max));
        Assert.Equal(1.4, IndicatorStatistics.Percentile([1.0, 2, 3, 4, 5], 10), 9);
    }
}
