using Cost.Domain;
using Cost.Domain.PriceIndices;
using Cost.Domain.Prices;

namespace Cost.Tests.Domain.PriceIndices;

/// <summary>
/// Elementary indices weigh a category's resources by typical consumption where the basket names it (a main
/// rebar counts more than an angle), and leave carried prices out of the month, saying how many.
/// </summary>
public class WeightedBasketTests
{
    private static readonly YearMonth Month = IndexBuilders.Base.AddMonths(1);

    private static readonly BasketCatalogue Weighted = new(IndexBuilders.Base,
        [new("steel", "钢材价格指数", "钢材", [new("REBAR", null, 0.8)])],
        [new("school", "学校", "school", [new("steel", 1)], "test")]);

    private static InfoPrice Steel(string code, string spec, decimal price, bool carried = false) =>
        new(code, spec, code, "t", "钢材", price, price, 0.13m, carried ? 1 : 3, carried, false);

    [Fact]
    public void A_named_share_counts_as_configured_and_the_rest_share_what_is_left()
    {
        var basePrices = new[] { Steel("REBAR", "Φ12", 4000), Steel("REBAR", "Φ25", 4000), Steel("ANGLE", "∠50", 4000), Steel("PLATE", "δ10", 4000) };
        // Rebar +10 % (both specs share 0.8), angle +50 % and plate unchanged share the remaining 0.2.
        var now = new[] { Steel("REBAR", "Φ12", 4400), Steel("REBAR", "Φ25", 4400), Steel("ANGLE", "∠50", 6000), Steel("PLATE", "δ10", 4000) };

        var steel = PriceIndexPublisher.Compute(new IndexBase(Weighted, basePrices), Month, now, Empty, Empty).Single(i => i.IndexCode == "steel");

        Assert.Equal(100 * (0.8 * 1.1 + 0.1 * 1.5 + 0.1 * 1.0), steel.FixedBase, 9);
    }

    [Fact]
    public void Without_named_shares_the_resources_weigh_equally()
    {
        var basePrices = new[] { Steel("A", "", 100), Steel("B", "", 100) };

        var steel = PriceIndexPublisher.Compute(new IndexBase(IndexBuilders.Baskets, basePrices), Month, [Steel("A", "", 110), Steel("B", "", 130)], Empty, Empty)
            .Single(i => i.IndexCode == "steel");

        Assert.Equal(120, steel.FixedBase, 9);
    }

    [Fact]
    public void A_carried_price_is_left_out_of_the_month_and_counted()
    {
        var basePrices = new[] { Steel("A", "", 100), Steel("B", "", 100) };

        var indices = PriceIndexPublisher.Compute(new IndexBase(IndexBuilders.Baskets, basePrices), Month, [Steel("A", "", 110), Steel("B", "", 100, carried: true)], Empty, Empty);

        var steel = indices.Single(i => i.IndexCode == "steel");
        Assert.Equal((110.0, 1), (Math.Round(steel.FixedBase, 9), steel.Carried));
        Assert.Equal(1, indices.Single(i => i.IndexCode == "school").Carried);
    }

    [Fact]
    public void A_category_with_only_carried_prices_keeps_last_months_value()
    {
        var basePrices = new[] { Steel("A", "", 100), Steel("B", "", 100) };
        var previous = new Dictionary<string, double> { ["steel"] = 107.5, ["school"] = 107.5 };

        var indices = PriceIndexPublisher.Compute(new IndexBase(IndexBuilders.Baskets, basePrices), Month, [Steel("A", "", 90, carried: true), Steel("B", "", 95, carried: true)], previous, Empty);

        var steel = indices.Single(i => i.IndexCode == "steel");
        Assert.Equal((107.5, 100.0, 2), (steel.FixedBase, Math.Round(steel.Chained!.Value, 9), steel.Carried));
    }

    [Fact]
    public void A_basket_naming_a_resource_outside_its_category_or_shares_over_one_is_refused()
    {
        var catalogue = new BasketCatalogue(IndexBuilders.Base,
            [new("steel", "钢材价格指数", "钢材", [new("CEMENT", null, 0.5), new("REBAR", null, 0.7)])],
            [new("school", "学校", "school", [new("steel", 1)], "test")]);
        Resource[] resources = [new("REBAR", "热轧带肋钢筋", "Φ12", "t", "钢材", 0.13m), new("CEMENT", "水泥", "P.O 42.5", "t", "水泥", 0.13m)];

        var problems = catalogue.Problems(["钢材", "水泥"], resources);

        Assert.Contains(problems, p => p.Contains("CEMENT", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("不应超过 1", StringComparison.Ordinal));
    }

    private static readonly IReadOnlyDictionary<string, double> Empty = new Dictionary<string, double>();
}
