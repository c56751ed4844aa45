using Cost.Domain.Prices;

namespace Cost.Tests.Domain.Prices;

public class MonthOnMonthTests
{
    private static InfoPrice Price(string code, decimal inclTax) => new(code, "", "材料", "t", "钢材", inclTax, inclTax / 1.13m, 0.13m, 3, false, false);

    [Fact]
    public void The_change_is_a_fraction_of_the_previous_price() => Assert.Equal(0.1m, MonthOnMonth.Change(110m, 100m));

    [Theory]
    [InlineData(null)]
    [InlineData(0)]
    public void Without_a_previous_price_above_zero_there_is_no_change(int? previous) =>
        Assert.Null(MonthOnMonth.Change(110m, previous));

    [Fact]
    public void Prices_are_matched_with_the_earlier_month_by_resource_and_spec()
    {
        var previous = MonthOnMonth.PreviousPrice([Price("01010101", 200m)]);

        Assert.Equal(-0.05m, MonthOnMonth.Change(190m, previous(Price("01010101", 190m))));
        Assert.Null(previous(Price("01010102", 190m)));
    }
}
