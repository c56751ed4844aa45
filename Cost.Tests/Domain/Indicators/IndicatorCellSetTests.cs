using Cost.Domain;
using Cost.Domain.Indicators;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Cost.Tests.Domain.Indicators;

/// <summary>The indicator cells kept up to date tender by tender equal the cells computed once from the values that remain.</summary>
public class IndicatorCellSetTests
{
    private static readonly string[] Types = ["office", "school", "residential"];
    private static readonly string[] Regions = ["610102", "610113"];
    private static readonly IndicatorMeasure[] Measures =
    [
        CostIndicatorCalculator.Total, CostIndicatorCalculator.Steel, CostIndicatorCalculator.AwardRatio,
        new("unit:安装工程", "安装工程", "元/m²", "单位工程", true), new("unit:建筑与装饰工程", "建筑与装饰工程", "元/m²", "单位工程", true),
    ];

    /// <summary>A change of one of eight tenders (a filing, a revision or an award): its whole set of values, none when it has no building area.</summary>
    private static readonly Gen<(int Tender, IndicatorValue[] Values)> Change =
        from tender in Gen.Choose(0, 7)
        from type in Gen.Elements(Types)
        from region in Gen.Elements(Regions)
        from month in Gen.Choose(0, 35)
        from measures in Gen.SubListOf(Measures)
        from values in Gen.Choose(1, 12).Select(v => v * 250.0 / 7).ArrayOf(measures.Count)
        select (tender, measures.Select((m, i) =>
            new IndicatorValue($"T{tender}", type, region, new YearMonth(2025, 1).AddMonths(month), m, values[i])).ToArray());

    private static double Level(string type, YearMonth month) => type.Length + month.Month / 10.0;

    [Property(MaxTest = 300)]
    public Property Cells_followed_change_by_change_equal_the_cells_computed_from_what_remains()
    {
        return Prop.ForAll(Change.ListOf().ToArbitrary(), Gen.Elements<string?>(null, "610113").ToArbitrary(), Gen.Elements<int?>(null, 2026).ToArbitrary(),
            (changes, region, year) =>
            {
                var followed = new IndicatorCellSet(region, year, Level);
                var now = new Dictionary<int, IndicatorValue[]>();
                foreach (var (tender, values) in changes)
                {
                    followed.Replace(now.GetValueOrDefault(tender, []), values);
                    now[tender] = values;
                    _ = followed.Cells; // read between changes, as requests do
                }

                var remaining = now.Values.SelectMany(v => v).Where(v => (region is null || v.Region == region) && (year is null || v.FiledMonth.Year == year)).ToList();
                var computed = CostIndicatorCalculator.Compute(remaining, Level);
                return followed.Cells.SequenceEqual(computed)
                    && followed.Projects == remaining.Select(v => v.TenderCode).Distinct().Count()
                    && followed.Years.SequenceEqual(remaining.Select(v => v.FiledMonth.Year).Distinct().OrderDescending());
            });
    }

    [Fact]
    public void A_type_lists_cost_per_m2_then_its_unit_works_then_consumptions_then_the_award_ratio()
    {
        var values = Enumerable.Reverse(Measures).SelectMany(m => Enumerable.Range(0, 3).Select(t =>
            new IndicatorValue($"T{t}", "office", "610113", new YearMonth(2026, 3), m, 100 + t)));

        var cells = CostIndicatorCalculator.Compute(values);

        Assert.Equal(["total", "unit:安装工程", "unit:建筑与装饰工程", "steel", "award-ratio"], cells.Select(c => c.Measure.Code));
    }
}
