using Cost.Domain;
using Cost.Domain.Materials;
using Cost.Domain.PriceIndices;
using Cost.Domain.Prices;
using FsCheck;
using FsCheck.Fluent;

namespace Cost.Tests.Domain.PriceIndices;

/// <summary>
/// A category that enough filed bills list is weighted by what their main-materials tables consume (GB/T 51290-2018
/// §4: typical works); a category listed by fewer keeps the configured weights.
/// </summary>
public class ConsumptionWeightsTests
{
    private static readonly YearMonth Month = IndexBuilders.Base.AddMonths(1);

    private static readonly BasketCatalogue Configured = new(IndexBuilders.Base,
        [new("steel", "钢材价格指数", "钢材")],
        [new("school", "学校", "school", [new("steel", 1)], "test")],
        MinimumFiledBills: 3);

    private static readonly IReadOnlyDictionary<string, double> Empty = new Dictionary<string, double>();

    private static InfoPrice Steel(string code, decimal price) => new(code, "", code, "t", "钢材", price, price, 0.13m, 3, false, false);

    private static MaterialCheckLine Line(string? code, MaterialStatus status, decimal? quantity, decimal? infoPrice, decimal? stated = null, string? category = "钢材") =>
        new(new MaterialRow("表-21", 8, "F", null, null, code ?? "未匹配", "", "t", quantity, stated ?? infoPrice), status, code, code is null ? null : "",
            infoPrice, ResourceCategory: code is null ? null : category);

    [Fact]
    public void Rebar_consumed_in_the_filed_bills_outweighs_an_angle_in_the_steel_index()
    {
        // Three bills: 300 t of rebar at 4,000 and 6 t of angle at 4,000 (value 1,200,000 against 24,000).
        var filed = new FiledConsumption("钢材", 3, [new("钢材", "REBAR", "", 1_200_000m), new("钢材", "ANGLE", "", 24_000m)]);
        var weighted = ConsumptionWeights.Apply(Configured, [filed]);

        var steel = PriceIndexPublisher.Compute(new IndexBase(weighted, [Steel("REBAR", 4000), Steel("ANGLE", 4000)]), Month,
            [Steel("REBAR", 4400), Steel("ANGLE", 6000)], Empty, Empty).Single(i => i.IndexCode == "steel");

        // Rebar +10 % at 1.2 / 1.224, angle +50 % at 0.024 / 1.224: 112.0 rather than the 130 of equal weights.
        Assert.Equal(100 * ((1_200_000.0 / 1_224_000 * 1.1) + (24_000.0 / 1_224_000 * 1.5)), steel.FixedBase, 9);
        Assert.Equal(3, steel.WeightBills);
    }

    [Fact]
    public void A_category_in_fewer_bills_than_the_minimum_keeps_the_configured_weights()
    {
        var filed = new FiledConsumption("钢材", 2, [new("钢材", "REBAR", "", 1_200_000m), new("钢材", "ANGLE", "", 24_000m)]);

        var weighted = ConsumptionWeights.Apply(Configured, [filed]);
        var steel = PriceIndexPublisher.Compute(new IndexBase(weighted, [Steel("REBAR", 4000), Steel("ANGLE", 4000)]), Month,
            [Steel("REBAR", 4400), Steel("ANGLE", 6000)], Empty, Empty).Single(i => i.IndexCode == "steel");

        Assert.Equal(Configured.Elementary, weighted.Elementary, (a, b) => a.Weights.IsDefault == b.Weights.IsDefault && a.FiledBills == b.FiledBills);
        Assert.Equal(130, steel.FixedBase, 9);
        Assert.Equal(0, steel.WeightBills);
    }

    [Fact]
    public void A_resource_no_filed_bill_lists_weighs_nothing()
    {
        var filed = new FiledConsumption("钢材", 3, [new("钢材", "REBAR", "", 1_000m)]);

        var steel = PriceIndexPublisher.Compute(new IndexBase(ConsumptionWeights.Apply(Configured, [filed]), [Steel("REBAR", 4000), Steel("PLATE", 4000)]), Month,
            [Steel("REBAR", 4400), Steel("PLATE", 8000)], Empty, Empty).Single(i => i.IndexCode == "steel");

        Assert.Equal(110, steel.FixedBase, 9);
    }

    [Fact]
    public void A_bill_consumes_the_quantity_at_the_information_price_of_each_matched_row()
    {
        var check = new MaterialCheck("610100", "西安市", Month, 0.1m,
        [
            Line("REBAR", MaterialStatus.Within, 120.5m, 3980.12m, stated: 4100m),
            Line("REBAR", MaterialStatus.Deviating, 10m, 3980.12m, stated: 5000m),
            Line("PLATE", MaterialStatus.NoPrice, 2m, null, stated: 4500m),
            Line("ANGLE", MaterialStatus.Within, 0m, 4000m),
            Line(null, MaterialStatus.Unmatched, 9m, null, stated: 100m),
            Line("C30", MaterialStatus.Within, 300m, 450m, category: "商品混凝土"),
        ]);

        var uses = ConsumptionWeights.Uses(check);

        Assert.Equal<MaterialUse>(
        [
            new MaterialUse("商品混凝土", "C30", "", 135_000m),
            new MaterialUse("钢材", "PLATE", "", 9_000m),
            new MaterialUse("钢材", "REBAR", "", 130.5m * 3980.12m),
        ], uses.ToArray());
    }

    [Fact]
    public void Weights_derived_from_any_bills_sum_to_one_and_follow_the_values()
    {
        var values = Gen.ArrayOf(Gen.Choose(1, 1_000_000), 4).Where(v => v.Length > 0).ToArbitrary();
        Prop.ForAll(values, v =>
        {
            var filed = new FiledConsumption("钢材", 5, [.. v.Select((x, i) => new MaterialUse("钢材", $"R{i}", "", x))]);
            var weights = ConsumptionWeights.Apply(Configured, [filed]).Elementary.Single().Weights;
            var total = v.Sum(x => (double)x);
            return Math.Abs(weights.Sum(w => w.Weight) - 1) < 1e-9
                && weights.Select((w, i) => Math.Abs(w.Weight - (v[i] / total))).All(d => d < 1e-9);
        }).QuickCheckThrowOnFailure();
    }
}
