using System.Collections.Immutable;
using Cost.Domain;
using Cost.Domain.PriceIndices;
using Cost.Domain.Prices;
using FsCheck;
using FsCheck.Fluent;

namespace Cost.Tests.Domain.PriceIndices;

/// <summary>Small baskets and generated price months for the index laws.</summary>
public static class IndexBuilders
{
    public static readonly YearMonth Base = new(2024, 11);

    public static readonly string[] Categories = ["人工", "钢材", "商品混凝土"];

    public static readonly BasketCatalogue Baskets = new(Base,
        [new("labour", "人工价格指数", "人工"), new("steel", "钢材价格指数", "钢材"), new("concrete", "商品混凝土价格指数", "商品混凝土")],
        [
            new("school", "学校建筑工程造价指数", "school", [new("labour", 0.3), new("steel", 0.45), new("concrete", 0.25)], "test"),
            new("road", "道路", "municipal-road", [new("labour", 0.5), new("concrete", 0.5)], "test"),
        ]);

    public static InfoPrice Price(string code, string category, decimal exclusive) =>
        new(code, "", code, "t", category, exclusive, exclusive, 0m, 3, false, false);

    /// <summary>A month of 3–12 resources spread over the categories, each with a positive price.</summary>
    public static Arbitrary<ImmutableArray<InfoPrice>> Months() => Arb.From(
        from n in Gen.Choose(3, 12)
        from cents in Gen.ArrayOf(Gen.Choose(100, 1_000_000), n)
        select cents.Select((c, i) => Price($"{i:D8}", Categories[i % Categories.Length], c / 100m)).ToImmutableArray());

    public static ImmutableArray<InfoPrice> Scaled(IEnumerable<InfoPrice> prices, Func<int, decimal> factor) =>
        [.. prices.Select((p, i) => p with { PriceExclTax = Math.Round(p.PriceExclTax * factor(i), 6), PriceInclTax = Math.Round(p.PriceInclTax * factor(i), 6) })];

    public static ImmutableArray<PriceIndex> Compute(ImmutableArray<InfoPrice> basePrices, YearMonth period, IEnumerable<InfoPrice> prices,
        IReadOnlyDictionary<string, double>? previous = null) =>
        PriceIndexPublisher.Compute(new IndexBase(Baskets, basePrices), period, prices, previous ?? new Dictionary<string, double>(), new Dictionary<string, double>());
}
