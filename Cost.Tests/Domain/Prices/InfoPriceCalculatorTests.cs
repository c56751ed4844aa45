using Cost.Domain.Prices;
using static Cost.Tests.Domain.Prices.PriceBuilders;

namespace Cost.Tests.Domain.Prices;

public class InfoPriceCalculatorTests
{
    private static readonly InfoPriceMethod Method = InfoPriceMethod.Default;

    [Fact]
    public void Quantities_weight_the_mean_when_every_quote_has_one()
    {
        List<PriceObservation> quotes = [Quote(3700m, 100m, 2), Quote(3800m, 300m, 3), Quote(3750m, 100m, 4)];

        var d = InfoPriceCalculator.Compute(Rebar, quotes, null, Method);

        Assert.Equal(3770m, d.PriceInclTax); // (370000 + 1140000 + 375000) / 500
        Assert.Equal(3336.28m, d.PriceExclTax); // 3770 / 1.13 = 3336.283…
        Assert.Equal(3750m, d.Median);
        Assert.Equal(3, d.Observations);
        Assert.False(d.Carried);
        Assert.Empty(d.Flags);
    }

    [Fact]
    public void A_missing_quantity_makes_it_a_plain_mean()
    {
        List<PriceObservation> quotes = [Quote(3700m, 100m, 2), Quote(3800m, null, 3), Quote(3750m, 100m, 4)];

        Assert.Equal(3750m, InfoPriceCalculator.Compute(Rebar, quotes, null, Method).PriceInclTax);
    }

    [Fact]
    public void The_mean_is_rounded_half_away_from_zero_to_the_fen()
    {
        // (10.00 + 10.01 + 10.00 + 10.01) / 4 = 10.005 → 10.01
        Assert.Equal(10.01m, InfoPriceCalculator.Compute(Rebar, Quotes(10.00m, 10.01m, 10.00m, 10.01m), null, Method).PriceInclTax);
    }

    [Fact]
    public void A_quote_far_from_the_median_is_dropped_with_the_reason()
    {
        // median 3770, |deviations| 0 20 30 70 2230 → MAD 30, limit 3 × 1.4826 × 30 = 133.43
        var d = InfoPriceCalculator.Compute(Rebar, Quotes(3700m, 3800m, 3750m, 3770m, 6000m), null, Method);

        var dropped = Assert.Single(d.Dropped);
        Assert.Equal(6000m, dropped.Observation.PriceInclTax);
        Assert.Equal("偏离中位数 3,770.00 元达 2,230.00 元（59.2%），超过 3×1.4826×MAD = 133.43 元（MAD = 30.00）", dropped.Reason);
        Assert.Equal(4, d.Observations);
        Assert.Equal(5, d.Received);
        Assert.Equal(3755m, d.PriceInclTax);
    }

    [Fact]
    public void A_quote_just_inside_the_limit_stays_and_just_outside_is_dropped()
    {
        // median 100, |deviations| 0 0 10 10 x−100 → MAD 10, limit 3 × 1.4826 × 10 = 44.478
        Assert.Empty(InfoPriceCalculator.Compute(Rebar, Quotes(90m, 100m, 100m, 110m, 144.47m), null, Method).Dropped);
        Assert.Single(InfoPriceCalculator.Compute(Rebar, Quotes(90m, 100m, 100m, 110m, 144.48m), null, Method).Dropped);
    }

    [Fact]
    public void When_most_quotes_agree_exactly_the_mean_absolute_deviation_judges_the_others()
    {
        // MAD = 0: four quotes of 450 and one of 720 (×1.6); mean |deviation| 54 → limit 3 × 1.2533 × 54 = 203.03
        var d = InfoPriceCalculator.Compute(Rebar, Quotes(450m, 450m, 450m, 450m, 720m), null, Method);

        Assert.Equal(720m, Assert.Single(d.Dropped).Observation.PriceInclTax);
        Assert.Contains("MAD = 0", d.Dropped[0].Reason, StringComparison.Ordinal);
        Assert.Equal(450m, d.PriceInclTax);
    }

    [Fact]
    public void Identical_quotes_drop_nothing()
    {
        var d = InfoPriceCalculator.Compute(Rebar, Quotes(450m, 450m, 450m), null, Method);

        Assert.Empty(d.Dropped);
        Assert.Equal(450m, d.PriceInclTax);
    }

    [Fact]
    public void A_half_price_quote_is_dropped()
    {
        var d = InfoPriceCalculator.Compute(Rebar, Quotes(3700m, 3760m, 3720m, 3810m, 1860m, 3690m), null, Method);

        Assert.Equal(1860m, Assert.Single(d.Dropped).Observation.PriceInclTax);
    }

    [Fact]
    public void Non_positive_prices_and_other_series_are_dropped_before_the_statistics()
    {
        List<PriceObservation> quotes = [.. Quotes(3700m, 3800m, 3750m), Quote(0m, row: 9), Quote(-5m, row: 10),
            Quote(3760m, row: 11) with { Spec = "HRB400E Φ25" }];

        var d = InfoPriceCalculator.Compute(Rebar, quotes, null, Method);

        Assert.Equal(3, d.Observations);
        Assert.Equal(3, d.Dropped.Length);
        Assert.Contains(d.Dropped, x => x.Reason == "含税单价不是正数" && x.Observation.PriceInclTax == 0m);
        Assert.Contains(d.Dropped, x => x.Reason.StartsWith("不属于", StringComparison.Ordinal));
        Assert.Equal(3750m, d.PriceInclTax);
    }

    [Fact]
    public void A_spelling_variant_of_the_spec_belongs_to_the_series()
    {
        List<PriceObservation> quotes = [.. Quotes(3700m, 3800m), Quote(3750m) with { Spec = "hrb400e φ12" }];

        Assert.Equal(3, InfoPriceCalculator.Compute(Rebar, quotes, null, Method).Observations);
    }

    [Fact]
    public void Too_few_quotes_and_no_earlier_price_withhold_the_price()
    {
        var d = InfoPriceCalculator.Compute(Rebar, Quotes(3700m, 3800m), null, Method);

        Assert.True(d.Withheld);
        Assert.False(d.Carried);
        Assert.Null(d.PriceInclTax);
        Assert.Null(d.PriceExclTax);
        Assert.Null(d.Change);
        Assert.Equal(DraftFlags.Withheld, Assert.Single(d.Flags));
        Assert.Equal(3750m, d.Median);
    }

    [Fact]
    public void Too_few_quotes_left_after_dropping_outliers_carry_the_last_price()
    {
        var d = InfoPriceCalculator.Compute(Rebar, Quotes(3700m, 3700m, 0m), 3650m, Method);

        Assert.True(d.Carried);
        Assert.Equal(3650m, d.PriceInclTax);
        Assert.Equal(3230.09m, d.PriceExclTax);
        Assert.Equal(0m, d.Change);
        Assert.Equal(2, d.Observations);
        Assert.Single(d.Dropped);
    }

    [Fact]
    public void A_change_over_ten_percent_is_flagged_and_ten_percent_exactly_is_not()
    {
        var up = InfoPriceCalculator.Compute(Rebar, Quotes(4400m, 4400m, 4400m), 4000m, Method);
        var tenPercent = InfoPriceCalculator.Compute(Rebar, Quotes(3600m, 3600m, 3600m), 4000m, Method);
        var down = InfoPriceCalculator.Compute(Rebar, Quotes(3590m, 3590m, 3590m), 4000m, Method);

        Assert.Equal(0.1m, up.Change);
        Assert.Empty(up.Flags);
        Assert.Equal(-0.1m, tenPercent.Change);
        Assert.Empty(tenPercent.Flags);
        Assert.Equal(-0.1025m, down.Change);
        Assert.Equal(DraftFlags.ChangeOverLimit, Assert.Single(down.Flags));
    }

    [Fact]
    public void Labour_without_vat_has_equal_inclusive_and_exclusive_prices()
    {
        var labour = new Resource("00010101", "普工", "", "工日", "人工", 0m);
        List<PriceObservation> quotes = [.. Quotes(175m, 180m, 185m).Select(q => q with { ResourceCode = labour.Code, Spec = "", VatRate = 0m })];

        var d = InfoPriceCalculator.Compute(labour, quotes, null, Method);

        Assert.Equal(180m, d.PriceInclTax);
        Assert.Equal(180m, d.PriceExclTax);
    }

    [Fact]
    public void Every_catalogued_resource_gets_a_draft_and_strangers_are_ignored()
    {
        var cement = new Resource("04010101", "普通硅酸盐水泥", "P.O 42.5 散装", "t", "水泥", 0.13m);
        var catalogue = new ResourceCatalogue([Rebar, cement]);
        List<PriceObservation> quotes = [.. Quotes(3700m, 3800m, 3750m), Quote(1m) with { ResourceCode = "99999999" }];

        var drafts = InfoPriceCalculator.ComputeAll(quotes, catalogue, r => r == cement ? 420m : null, Method);

        Assert.Equal(2, drafts.Length);
        Assert.Equal(3750m, drafts[0].PriceInclTax);
        Assert.True(drafts[1].Carried);
        Assert.Equal(420m, drafts[1].PriceInclTax);
        Assert.Equal(0, drafts[1].Observations);
    }
}
