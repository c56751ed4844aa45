using Cost.Domain.Credit;

namespace Cost.Tests.Domain.Credit;

public class PublicRecordsTests
{
    private static readonly DateOnly Today = new(2026, 3, 10);

    [Fact]
    public void The_public_sees_published_records_counting_on_the_day_latest_first()
    {
        var older = CreditBuilder.Record(1, CreditKind.Bad, 10, 12, Today.AddMonths(-6));
        var newer = CreditBuilder.Record(2, CreditKind.Good, 5, 12, Today.AddMonths(-1));
        var hidden = CreditBuilder.Record(3, CreditKind.Bad, 10, 12, Today.AddMonths(-2)) with { Public = false };
        var expired = CreditBuilder.Record(4, CreditKind.Bad, 10, 3, Today.AddMonths(-5));
        var revoked = CreditBuilder.Record(5, CreditKind.Bad, 10, 12, Today.AddMonths(-3), revokedOn: Today.AddDays(-1));
        var file = new CreditFile("91350100M000100Y43", [older, newer, hidden, expired, revoked]);

        Assert.Equal([2, 1], file.PublicRecordsOn(Today).Select(r => r.No));
        Assert.Contains(5, file.PublicRecordsOn(Today.AddDays(-2)).Select(r => r.No));
    }
}
