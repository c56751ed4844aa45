using Cost.Domain.Bills;
using Cost.Domain.Indicators;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Cost.Tests.Domain.Indicators;

/// <summary>The filed unit-rate histogram: cells at base-period prices by item, unit, type and 1 % bucket, read back as distributions at today's index.</summary>
public class FiledUnitRatesTests
{
    private const double AtBase = FiledUnitRates.BaseIndex;

    /// <summary>A bill with one rebar line at <paramref name="unitRate"/> and one unpriced line.</summary>
    public static Boq Bill(decimal unitRate) => new([new UnitWork("某楼-建筑与装饰工程",
        [
            new BoqLine("010515001002", "现浇构件钢筋", "HRB400", "t", 10m, unitRate, LineKind.MeasuredWork),
            new BoqLine("010515001003", "现浇构件钢筋", "HRB500", "t", 1m, 0m, LineKind.MeasuredWork),
        ], [], OtherItems.None, [])]);

    [Fact]
    public void Priced_lines_become_cells_by_item_and_unit_and_are_read_at_todays_prices()
    {
        var cells = FiledUnitRates.Cells(Bill(5000m), "school", AtBase).Concat(FiledUnitRates.Cells(Bill(6000m), "school", AtBase));

        var rates = FiledUnitRates.Distributions(cells, _ => 110);

        var only = Assert.Single(rates);
        Assert.Equal(("010515001", "t"), only.Key);
        Assert.Equal(2, only.Value.Count);
        Assert.Equal(5500.0, only.Value.Percentile(0), 5500.0 * 0.005);
        Assert.Equal(6600.0, only.Value.Percentile(100), 6600.0 * 0.005);
    }

    [Fact]
    public void A_rate_filed_at_index_120_and_read_at_132_is_10_percent_dearer()
    {
        var cells = FiledUnitRates.Cells(Bill(6000m), "school", 120);

        var only = Assert.Single(FiledUnitRates.Distributions(cells, _ => 132));

        Assert.Equal(6600.0, only.Value.Percentile(50), 6600.0 * 0.005);
    }

    [Fact]
    public void A_tenders_own_cells_taken_away_leave_the_others()
    {
        var own = FiledUnitRates.Cells(Bill(6000m), "school", AtBase).ToList();
        var cells = FiledUnitRates.Cells(Bill(5000m), "school", AtBase).Concat(own).Concat(own.Select(c => c with { Lines = -c.Lines }));

        var only = Assert.Single(FiledUnitRates.Distributions(cells, _ => AtBase));

        Assert.Equal(1, only.Value.Count);
        Assert.Equal(5000.0, only.Value.Percentile(50), 5000.0 * 0.005);
    }

    [Property]
    public Property A_percentile_read_from_the_buckets_is_within_half_a_percent_of_the_exact_one()
    {
        var rates = Gen.Choose(100, 10_000_000).Select(c => c / 100m).ArrayOf().Where(a => a.Length >= 1);
        return Prop.ForAll(rates.ToArbitrary(), Gen.Choose(0, 100).ToArbitrary(), (values, p) =>
        {
            var cells = values.SelectMany(v => FiledUnitRates.Cells(Bill(v), "office", AtBase));
            var bucketed = Assert.Single(FiledUnitRates.Distributions(cells, _ => AtBase)).Value.Percentile(p);
            var exact = RateDistribution.Of(values.Select(v => (double)v)).Percentile(p);
            return Math.Abs(bucketed / exact - 1) <= 0.0051;
        });
    }
}
