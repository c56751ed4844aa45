using Cost.Domain.PriceIndices;

namespace Cost.Tests.Domain.PriceIndices;

/// <summary>The information-price adjustment (GB 50500-2013 appendix A.2) against examples worked by hand.</summary>
public class InformationAdjustmentTests
{
    [Fact]
    public void A_rise_beyond_the_band_is_adjusted_above_the_upper_limit_only()
    {
        // base 3,500, bid 3,500, ±5 % → upper 3,675; information price 3,900 → 225 × 120 t = 27,000
        var r = InformationAdjustment.Adjust(120m, 3500m, null, 3900m, 0.05m);

        Assert.Equal(3675m, r.UpperLimit);
        Assert.Equal(225m, r.UnitDifference);
        Assert.Equal(27_000m, r.Adjustment);
    }

    [Fact]
    public void A_fall_beyond_the_band_is_adjusted_below_the_lower_limit_only_and_is_negative()
    {
        // base 3,500, ±5 % → lower 3,325; information price 3,100 → −225 × 120 t = −27,000
        var r = InformationAdjustment.Adjust(120m, 3500m, null, 3100m, 0.05m);

        Assert.Equal(3325m, r.LowerLimit);
        Assert.Equal(-225m, r.UnitDifference);
        Assert.Equal(-27_000m, r.Adjustment);
    }

    [Theory]
    [InlineData(3675)]
    [InlineData(3325)]
    [InlineData(3600)]
    public void A_move_within_the_band_is_not_adjusted(decimal information) =>
        Assert.Equal(0m, InformationAdjustment.Adjust(120m, 3500m, null, information, 0.05m).Adjustment);

    [Fact]
    public void A_bid_above_the_base_raises_the_rise_threshold_and_the_fall_counts_from_the_base()
    {
        // base 3,500, bid 3,700: rise from 3,700 → 3,885; 3,900 → 15 × 120 = 1,800.
        // fall from 3,500 → 3,325; 3,300 → −25 × 120 = −3,000.
        Assert.Equal(1_800m, InformationAdjustment.Adjust(120m, 3500m, 3700m, 3900m, 0.05m).Adjustment);
        Assert.Equal(-3_000m, InformationAdjustment.Adjust(120m, 3500m, 3700m, 3300m, 0.05m).Adjustment);
    }

    [Fact]
    public void A_bid_below_the_base_lowers_the_fall_threshold_and_the_rise_counts_from_the_base()
    {
        // base 3,500, bid 3,300: rise from 3,500 → 3,675; 3,800 → 125 × 120 = 15,000.
        // fall from 3,300 → 3,135; 3,200 is within; 3,000 → −135 × 120 = −16,200.
        Assert.Equal(15_000m, InformationAdjustment.Adjust(120m, 3500m, 3300m, 3800m, 0.05m).Adjustment);
        Assert.Equal(0m, InformationAdjustment.Adjust(120m, 3500m, 3300m, 3200m, 0.05m).Adjustment);
        Assert.Equal(-16_200m, InformationAdjustment.Adjust(120m, 3500m, 3300m, 3000m, 0.05m).Adjustment);
    }

    [Fact]
    public void Machinery_at_ten_percent_and_odd_quantities_round_to_the_fen()
    {
        // 1,234.56 × 1.10 = 1,358.016; 1,400.00 − 1,358.016 = 41.984 × 37.5 = 1,574.40
        var r = InformationAdjustment.Adjust(37.5m, 1234.56m, null, 1400m, 0.10m);

        Assert.Equal(1358.016m, r.UpperLimit);
        Assert.Equal(1574.40m, r.Adjustment);
    }
}
