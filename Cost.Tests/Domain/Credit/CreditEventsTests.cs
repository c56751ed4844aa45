using Cost.Domain.Credit;

namespace Cost.Tests.Domain.Credit;

/// <summary>Each change of a credit file says which record gained which history entry; the standing says when the grade changed.</summary>
public class CreditEventsTests
{
    private static readonly DateTimeOffset At = CreditBuilder.At;
    private static readonly DateOnly Today = new(2026, 3, 10);

    private static CreditChange AddBad(int months = 12) => CreditFile.Empty("91350100M000100Y43")
        .Import(CreditBuilder.Rule(CreditKind.Bad, 20, months), Today.AddDays(-3), null, "虚假材料", CreditSource.Event("e-1", null, null), At, "bureau");

    [Fact]
    public void Adding_appealing_and_deciding_each_add_one_history_entry_to_one_record()
    {
        var added = AddBad();
        var recorded = Assert.Single(added.Events);
        Assert.Equal((1, CreditRecordAction.Recorded), (recorded.Record.No, recorded.Entry.Action));

        var appealed = added.File!.Appeal(1, "已整改", At.AddDays(1), "consultant");
        Assert.Equal(CreditRecordAction.Appealed, Assert.Single(appealed.Events).Entry.Action);

        var revoked = appealed.File!.DecideAppeal(1, revoke: true, "材料属实", At.AddDays(2), "bureau");
        var change = Assert.Single(revoked.Events);
        Assert.Equal((CreditRecordAction.Revoked, CreditRecordStatus.Revoked), (change.Entry.Action, change.Record.Status));
    }

    [Fact]
    public void The_same_event_recorded_twice_and_nothing_newly_expired_say_nothing_happened()
    {
        var file = AddBad(months: 1).File!;

        var again = file.Import(CreditBuilder.Rule(CreditKind.Bad, 20, 1), Today, null, null, CreditSource.Event("e-1", null, null), At, "system");
        Assert.False(again.Changed);
        Assert.Empty(file.Advance(Today, At).Events);

        var expired = file.Advance(Today.AddMonths(2), At.AddMonths(2));
        Assert.Equal(CreditRecordAction.Expired, Assert.Single(expired.Events).Entry.Action);
    }

    [Fact]
    public void A_grade_change_is_said_only_when_the_grade_differs()
    {
        var b = new CreditStanding(Today, 65m, "B");

        Assert.Null(GradeChanged.Between(b, b with { Score = 61m }));
        Assert.Equal(new GradeChanged("B", b with { Score = 50m, Grade = "C" }), GradeChanged.Between(b, b with { Score = 50m, Grade = "C" }));
        Assert.Equal(new GradeChanged(null, b), GradeChanged.Between(null, b));
    }
}
