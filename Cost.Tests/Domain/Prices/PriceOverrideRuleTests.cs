using Cost.Domain.Prices;

namespace Cost.Tests.Domain.Prices;

public class PriceOverrideRuleTests
{
    private static readonly DateTimeOffset At = new(2026, 3, 10, 9, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public void The_bureaus_price_is_kept_to_the_cent_with_its_reason_trimmed()
    {
        var kept = PriceOverrideRule.Create(4321.005m, "  市场调查复核 ", "bureau", At);
        Assert.Equal(new PriceOverride(4321.01m, "市场调查复核", "bureau", At), kept);
    }

    [Theory]
    [InlineData(null, "理由")]
    [InlineData(0, "理由")]
    [InlineData(-1, "理由")]
    [InlineData(100, null)]
    [InlineData(100, "  ")]
    public void A_price_not_above_zero_or_a_missing_reason_is_refused(int? price, string? reason)
    {
        Assert.Null(PriceOverrideRule.Create(price, reason, "bureau", At));
        Assert.False(PriceOverrideRule.PriceAccepted(price) && PriceOverrideRule.ReasonGiven(reason));
    }
}
