using Cost.Domain.Prices;
using static Cost.Tests.Domain.Prices.PriceBuilders;

namespace Cost.Tests.Domain.Prices;

/// <summary>Hand-computed cases of the keep band, the small-count rule and quotes on other invoices (docs/prices.md).</summary>
public class SmallCountAndInvoiceTests
{
    private static readonly InfoPriceMethod Method = InfoPriceMethod.Default;

    [Fact]
    public void Three_electrician_quotes_within_two_percent_of_each_other_are_all_kept()
    {
        // 电工 296 298 310: median 298, MAD 2 → the MAD limit 3 × 1.4826 × 2 = 8.90 would drop 310 (4.0 % off)
        // and leave two quotes, carrying last month's price; the ±5 % band keeps it.
        var d = InfoPriceCalculator.Compute(Rebar, Quotes(296m, 298m, 310m), 290m, Method);

        Assert.Empty(d.Dropped);
        Assert.False(d.Carried);
        Assert.Equal(301.33m, d.PriceInclTax);
        Assert.Contains(d.Kept, k => k.Observation.PriceInclTax == 310m
            && k.Rule == "偏离中位数 298.00 元达 12.00 元（4%），在 ±5% 保留带以内，保留");
    }

    [Fact]
    public void Four_quotes_are_too_few_for_the_MAD_rule_even_far_outside_the_band()
    {
        var d = InfoPriceCalculator.Compute(Rebar, Quotes(3700m, 3720m, 3710m, 4500m), null, Method);

        Assert.Empty(d.Dropped);
        Assert.Contains(d.Kept, k => k.Observation.PriceInclTax == 4500m
            && k.Rule.EndsWith("有效报价仅 4 条，少于 5 条不用 MAD 规则，保留", StringComparison.Ordinal));
    }

    [Fact]
    public void From_five_quotes_the_MAD_rule_decides_outside_the_band()
    {
        // median 3720, deviations 0 10 10 20 780 → MAD 10, limit 44.48; 4500 is 21 % off → dropped;
        // 3700 is 0.5 % off → kept by the band
        var d = InfoPriceCalculator.Compute(Rebar, Quotes(3700m, 3720m, 3710m, 3730m, 4500m), null, Method);

        Assert.Equal(4500m, Assert.Single(d.Dropped).Observation.PriceInclTax);
        Assert.Contains("超过 3×1.4826×MAD = 44.48 元", d.Dropped[0].Reason, StringComparison.Ordinal);
        Assert.All(d.Kept, k => Assert.Contains("保留带以内", k.Rule, StringComparison.Ordinal));
    }

    [Fact]
    public void A_wider_band_from_the_method_keeps_more()
    {
        var wide = Method with { KeepBandPercent = 25m };

        Assert.Empty(InfoPriceCalculator.Compute(Rebar, Quotes(3700m, 3720m, 3710m, 3730m, 4500m), null, wide).Dropped);
    }

    [Fact]
    public void A_quote_on_a_three_percent_invoice_is_converted_and_kept()
    {
        // 3390 on a 3 % invoice = 3291.26 tax-exclusive = 3719.12 at 13 %
        List<PriceObservation> quotes = [.. Quotes(3700m, 3720m), Quote(3390m, row: 9) with { VatRate = 0.03m }];

        var d = InfoPriceCalculator.Compute(Rebar, quotes, null, Method);

        Assert.Empty(d.Dropped);
        Assert.Equal(3713.04m, d.PriceInclTax); // (3700 + 3720 + 3390 / 1.03 × 1.13) / 3 = 3713.0421…
        Assert.Equal(3285.88m, d.PriceExclTax);
        Assert.Equal(3719.1262m, Math.Round(VatConversion.Reprice(3390m, 0.03m, 0.13m), 4));
        var converted = Assert.Single(d.Kept, k => k.Observation.VatRate == 0.03m);
        Assert.StartsWith("按 3% 税率折为除税价 3,291.26 元，按目录税率 13% 折合含税 3,719.13 元；", converted.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void A_small_taxpayer_quote_that_looks_cheap_is_not_dropped_for_its_invoice()
    {
        // Compared as quoted, 3390 would sit 8.6 % below the others; converted it sits at the median.
        List<PriceObservation> quotes = [.. Quotes(3700m, 3720m, 3710m, 3730m, 3715m), Quote(3390m, row: 9) with { VatRate = 0.03m }];

        Assert.Empty(InfoPriceCalculator.Compute(Rebar, quotes, null, Method).Dropped);
    }
}
