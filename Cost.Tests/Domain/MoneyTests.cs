using Cost.Domain;

namespace Cost.Tests.Domain;

public class MoneyTests
{
    [Theory]
    [InlineData("2.345", "2.35")]
    [InlineData("-2.345", "-2.35")]
    [InlineData("2.344", "2.34")]
    public void Rounds_half_away_from_zero(string value, string expected) =>
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture),
            Money.Round(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void A_ceiling_price_in_ten_thousands_and_per_square_metre_is_rounded_to_the_fen()
    {
        Assert.Equal(1535.75m, Money.TenThousands(15_357_481.37m));
        Assert.Equal(1919.69m, Money.PerSquareMetre(15_357_481.37m, 8000m));
        Assert.Null(Money.PerSquareMetre(15_357_481.37m, null));
        Assert.Null(Money.PerSquareMetre(15_357_481.37m, 0m));
    }
}
