using Cost.Domain.Prices;
using FsCheck;
using FsCheck.Fluent;

namespace Cost.Tests.Domain.Prices;

/// <summary>Small builders and generators of observations for the information-price tests.</summary>
internal static class PriceBuilders
{
    public static readonly Resource Rebar = new("01010201", "热轧带肋钢筋", "HRB400E Φ12", "t", "钢材", 0.13m);

    public static PriceObservation Quote(decimal price, decimal? quantity = null, int row = 2, string supplier = "西安宏达钢铁贸易有限公司") =>
        new(Rebar.Code, Rebar.Spec, price, Rebar.VatRate, quantity, supplier, new DateOnly(2026, 10, 8),
            new ObservationSource("surveyor", "survey.csv", "abc", row));

    public static List<PriceObservation> Quotes(params decimal[] prices) =>
        [.. prices.Select((p, i) => Quote(p, row: i + 2))];

    /// <summary>4 to 20 quotes (at least 3 always survive the outlier rule from 4 on), prices 1.00 … 9,999.99, quantities present or (sometimes) missing.</summary>
    public static Gen<List<PriceObservation>> Observations(int min = 4, int max = 20) =>
        from n in Gen.Choose(min, max)
        from withQuantities in Gen.Elements(true, false)
        from prices in Gen.ListOf(Gen.Choose(100, 999_999), n)
        from quantities in Gen.ListOf(Gen.Choose(1, 500), n)
        select prices.Select((p, i) => Quote(p / 100m, withQuantities ? quantities[i] : null, row: i + 2)).ToList();

    public static Arbitrary<List<PriceObservation>> Arbitrary(int min = 4, int max = 20) => Arb.From(Observations(min, max));
}
