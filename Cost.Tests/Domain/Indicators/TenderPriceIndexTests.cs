using System.Collections.Immutable;
using Cost.Domain;
using Cost.Domain.Indicators;
using Cost.Domain.PriceIndices;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Cost.Tests.Domain.Indicators;

/// <summary>The tender price index: the median award ratio of a type's awards in a month times its composite cost index.</summary>
public class TenderPriceIndexTests
{
    private static readonly YearMonth November = new(2026, 11);

    [Fact]
    public void A_month_of_three_awards_is_the_median_ratio_times_the_composite_index()
    {
        var projects = new[] { Awarded("school", 0.90m, November), Awarded("school", 0.95m, November), Awarded("school", 0.93m, November) };

        var cell = Assert.Single(TenderPriceIndex.Compute(projects, Composite("school", (new YearMonth(2026, 10), 108), (November, 110))));

        Assert.Equal(("school", November, 3), (cell.ProjectType, cell.Month, cell.Count));
        Assert.Equal(0.93, cell.MedianRatio, 10);
        Assert.Equal(110, cell.CompositeIndex);
        Assert.Equal(102.3, cell.Value!.Value, 10);
    }

    [Fact]
    public void Fewer_than_three_awards_in_a_month_are_not_published()
    {
        var projects = new[] { Awarded("office", 0.90m, November), Awarded("office", 0.95m, November), Awarded("office", 0.93m, new YearMonth(2026, 10)) };

        Assert.Empty(TenderPriceIndex.Compute(projects, Composite("office", (November, 100))));
    }

    [Fact]
    public void The_composite_index_is_the_last_one_published_by_the_award_month_and_absent_without_one()
    {
        var projects = new[] { Awarded("hospital", 0.9m, November), Awarded("hospital", 0.9m, November), Awarded("hospital", 0.9m, November) };

        Assert.Equal(105, TenderPriceIndex.Compute(projects, Composite("hospital", (new YearMonth(2026, 9), 105), (new YearMonth(2026, 12), 120)))[0].CompositeIndex);
        var without = TenderPriceIndex.Compute(projects, ImmutableDictionary<string, ImmutableArray<PriceIndex>>.Empty)[0];
        Assert.Null(without.CompositeIndex);
        Assert.Null(without.Value);
    }

    [Fact]
    public void Awards_without_a_positive_ratio_do_not_count()
    {
        var projects = new[] { Awarded("school", 0.9m, November), Awarded("school", 0.9m, November), Awarded("school", 0m, November) };

        Assert.Empty(TenderPriceIndex.Compute(projects, Composite("school", (November, 100))));
    }

    [Property]
    public Property The_index_lies_between_the_lowest_and_highest_ratio_times_the_composite()
    {
        var ratios = Gen.Choose(7000, 10000).Select(r => r / 10000m).ArrayOf().Where(a => a.Length >= 3);
        return Prop.ForAll(ratios.ToArbitrary(), Gen.Choose(50, 200).ToArbitrary(), (rs, composite) =>
        {
            var cell = TenderPriceIndex.Compute(rs.Select(r => Awarded("residential", r, November)), Composite("residential", (November, composite)))[0];
            return cell.Value >= (double)rs.Min() * composite - 1e-9 && cell.Value <= (double)rs.Max() * composite + 1e-9 && cell.Count == rs.Length;
        });
    }

    private static AwardedTender Awarded(string type, decimal ratio, YearMonth month) => new(type, month, (double)ratio);

    private static ImmutableDictionary<string, ImmutableArray<PriceIndex>> Composite(string type, params (YearMonth Month, double Value)[] values) =>
        ImmutableDictionary<string, ImmutableArray<PriceIndex>>.Empty.Add(type,
            [.. values.Select(v => new PriceIndex(type, type, IndexKind.Composite, v.Month, new YearMonth(2025, 1), v.Value, null, null, []))]);
}
