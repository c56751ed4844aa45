using Cost.Domain.Credit;

namespace Cost.Tests.Domain.Credit;

public class ExpiryWatchTests
{
    [Fact]
    public void The_desk_sees_a_month_back_and_two_months_ahead_of_today()
    {
        var today = new DateOnly(2026, 12, 4);

        var (from, to) = ExpiryWatch.Window(today);

        Assert.Equal((new DateOnly(2026, 11, 4), new DateOnly(2027, 2, 2)), (from, to));
        Assert.InRange(today, from, to);
    }
}
