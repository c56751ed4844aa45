using Cost.Domain;
using Cost.Domain.Prices;

namespace Cost.Tests.Domain.Prices;

public class CollectionWindowTests
{
    private static readonly DateOnly Today = new(2026, 3, 10);

    [Theory]
    [InlineData(2025, 12)]
    [InlineData(2026, 3)]
    [InlineData(2026, 4)]
    public void Past_months_this_month_and_the_next_take_surveys(int year, int month) =>
        Assert.True(CollectionWindow.Accepts(new YearMonth(year, month), Today));

    [Fact]
    public void The_month_after_next_has_not_started() => Assert.False(CollectionWindow.Accepts(new YearMonth(2026, 5), Today));
}
