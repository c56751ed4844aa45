using System.Collections.Immutable;
using Cost.Domain.PriceIndices;
using Cost.Domain.Prices;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static Cost.Tests.Domain.PriceIndices.IndexBuilders;

namespace Cost.Tests.Domain.PriceIndices;

/// <summary>The index laws of GB/T 51290 Laspeyres indices (docs/domain-rules.md "Indices"), over generated price months.</summary>
public class PriceIndexLaws
{
    private static bool Near(double a, double b) => Math.Abs(a - b) <= 1e-9 * Math.Max(1, Math.Abs(b));

    [Property(MaxTest = 200)]
    public Property Identity_a_month_compared_with_itself_is_100() =>
        Prop.ForAll(Months(), prices => Compute(prices, Base, prices).All(i => i.FixedBase == 100));

    [Property(MaxTest = 200)]
    public Property Proportionality_every_price_times_k_gives_every_index_times_k() =>
        Prop.ForAll(Months(), Arb.From(Gen.Choose(1, 500)), (prices, k100) =>
        {
            var k = k100 / 100m;
            var indices = Compute(prices, Base.AddMonths(1), Scaled(prices, _ => k));
            return indices.Length == 5 && indices.All(i => Near(i.FixedBase, 100 * (double)k));
        });

    /// <summary>Consistency in aggregation: the composite of the category indices equals the single-stage Laspeyres over all resources with weights w_c / n_c.</summary>
    [Property(MaxTest = 200)]
    public Property A_composite_of_its_category_indices_equals_the_single_stage_Laspeyres() =>
        Prop.ForAll(Months(), Arb.From(Gen.ArrayOf(Gen.Choose(50, 300), 12)), (prices, moves) =>
        {
            var later = Scaled(prices, i => moves[i] / 100m);
            var school = Compute(prices, Base.AddMonths(1), later).Single(i => i.IndexCode == "school");
            var weights = Baskets.Composite[0].Weights.ToDictionary(w => Baskets.Elementary.Single(e => e.Code == w.IndexCode).Category, w => w.Weight);
            var counts = prices.GroupBy(p => p.Category).ToDictionary(g => g.Key, g => g.Count());
            var single = 100 * prices.Select((p, i) => weights[p.Category] / counts[p.Category] * (double)(later[i].PriceExclTax / p.PriceExclTax)).Sum();
            return Near(school.FixedBase, single);
        });

    [Property(MaxTest = 200)]
    public Property Contributions_add_up_to_the_composite_chained_change() =>
        Prop.ForAll(Months(), Arb.From(Gen.ArrayOf(Gen.Choose(50, 300), 12)), Arb.From(Gen.ArrayOf(Gen.Choose(50, 300), 12)), (prices, a, b) =>
        {
            var first = Compute(prices, Base.AddMonths(1), Scaled(prices, i => a[i] / 100m));
            var second = Compute(prices, Base.AddMonths(2), Scaled(prices, i => b[i] / 100m), PriceIndexPublisher.FixedBase(first));
            return second.Where(i => i.Kind == IndexKind.Composite)
                .All(c => Math.Abs(c.Contributions.Sum(x => x.Points!.Value) - (c.Chained!.Value - 100)) < 1e-9);
        });

    [Property(MaxTest = 100)]
    public Property Chained_values_multiply_to_the_fixed_base_value() =>
        Prop.ForAll(Months(), Arb.From(Gen.ArrayOf(Gen.Choose(50, 300), 12 * 6)), (prices, moves) =>
        {
            var months = Enumerable.Range(0, 6).Select(m => (Base.AddMonths(m), (IReadOnlyCollection<InfoPrice>)(m == 0 ? prices : Scaled(prices, i => moves[m * 12 + i] / 100m)))).ToList();
            var series = PriceIndexPublisher.Series(new IndexBase(Baskets, prices), months);
            return Baskets.Indices.All(x =>
            {
                var values = series.Select(s => s.Single(i => i.IndexCode == x.Code)).ToList();
                var chained = values.Skip(1).Aggregate(100.0, (level, v) => level * v.Chained!.Value / 100);
                return Near(chained, values[^1].FixedBase);
            });
        });

    [Fact]
    public void Year_on_year_compares_with_the_same_month_a_year_earlier()
    {
        ImmutableArray<InfoPrice> prices = [Price("1", "人工", 100), Price("2", "钢材", 4000), Price("3", "商品混凝土", 450)];
        var months = Enumerable.Range(0, 14).Select(m => (Base.AddMonths(m), (IReadOnlyCollection<InfoPrice>)Scaled(prices, _ => 1 + m / 100m))).ToList();

        var series = PriceIndexPublisher.Series(new IndexBase(Baskets, prices), months);

        Assert.Null(series[11][0].YearOnYear);
        Assert.Equal(113.0 / 101.0 * 100, series[13][0].YearOnYear!.Value, 9);
        Assert.Null(series[0][0].Chained);
    }

    [Fact]
    public void A_category_without_prices_drops_out_and_the_composite_renormalises_its_weights()
    {
        ImmutableArray<InfoPrice> prices = [Price("1", "人工", 100), Price("2", "钢材", 4000), Price("3", "商品混凝土", 450)];
        var indices = Compute(prices, Base.AddMonths(1), [Price("1", "人工", 110), Price("2", "钢材", 4400)]);

        Assert.DoesNotContain(indices, i => i.IndexCode == "concrete");
        Assert.Equal(110, indices.Single(i => i.IndexCode == "school").FixedBase, 9);
    }

    [Fact]
    public void A_catalogue_with_weights_not_summing_to_one_is_refused()
    {
        var bad = Baskets with { Composite = [Baskets.Composite[0] with { Weights = [new("labour", 0.3), new("steel", 0.3)] }] };
        Assert.Contains(bad.Problems(Categories), p => p.Contains("应为 1", StringComparison.Ordinal));
        Assert.Empty(Baskets.Problems(Categories));
    }
}
