using System.Collections.Immutable;
using Cost.Domain;
using Cost.Domain.Calendar;
using Cost.Domain.Credit;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Cost.Tests.Domain.Credit;

/// <summary>
/// A record's life as a state machine: any sequence of the bureau's and the firm's actions, on any days, leaves a file whose
/// score on every date is the base plus the points of the records in force then — decided (confirmed or amended), past
/// their publicity, before their expiry and not yet revoked or repaired — as read from the records' own histories; and
/// no action ever changes the score of a day before it.
/// </summary>
public class CreditLifeLaws
{
    private static readonly DateTimeOffset Start = new(2026, 9, 1, 9, 0, 0, TimeSpan.FromHours(8));
    private static readonly GradeScale Scale = GradeScale.Default;

    // 2026's National Day week and its make-up Saturday, so that statement periods cross a holiday.
    private static readonly CreditProcess Process = new(5, 7, new WorkingCalendar(
        Enumerable.Range(1, 7).Select(d => new CalendarDay(new DateOnly(2026, 10, d), CalendarDayKind.Holiday, "国庆节"))
            .Append(new CalendarDay(new DateOnly(2026, 10, 10), CalendarDayKind.Workday, "国庆节调休上班"))));

    private static readonly CreditRule[] Rules =
    [
        new("B01", "偏差超过 ±3%", CreditKind.Bad, 10, 12, true, 6),
        new("B03", "虚假材料", CreditKind.Bad, 20, 36, true),
        new("B05", "逾期报送", CreditKind.Bad, 2, 6, false, 3),
        new("G01", "获奖", CreditKind.Good, 5, 36, true),
    ];

    /// <summary>One step: days passed since the last one, what is done and to which record (an index into the file).</summary>
    public sealed record LifeStep(int DaysLater, int Action, int Target, int Rule);

    private static Gen<LifeStep> Steps =>
        from days in Gen.Frequency((3, Gen.Constant(0)), (2, Gen.Choose(1, 10)), (1, Gen.Choose(20, 400)))
        // Weighted towards the way most records go: proposed or raised, notified, stated, decided.
        from action in Gen.Frequency((3, Gen.Constant(0)), (2, Gen.Constant(1)), (4, Gen.Constant(2)), (4, Gen.Constant(3)), (4, Gen.Constant(4)),
            (1, Gen.Constant(5)), (1, Gen.Constant(6)), (2, Gen.Constant(7)), (2, Gen.Constant(8)), (2, Gen.Constant(9)), (2, Gen.Constant(10)))
        from target in Gen.Choose(0, 3)
        from rule in Gen.Choose(0, Rules.Length - 1)
        select new LifeStep(days, action, target, rule);

    private static Arbitrary<LifeStep[]> Lives => Arb.From(Gen.ArrayOf(Steps).Select(a => a.Take(40).ToArray()));

    /// <summary>Applies each step (a refused one changes nothing) and gives every file on the way with the time of its step.</summary>
    private static List<(DateTimeOffset At, CreditFile File)> Live(LifeStep[] steps)
    {
        var file = CreditFile.Empty("91610100MA6U000001");
        var at = Start;
        var files = new List<(DateTimeOffset, CreditFile)> { (at, file) };
        foreach (var s in steps)
        {
            at = at.AddDays(s.DaysLater);
            var no = file.Records.IsEmpty ? 1 : file.Records[s.Target % file.Records.Length].No;
            var rule = Rules[s.Rule];
            var change = s.Action switch
            {
                0 => file.Propose(rule, BureauTime.DateOf(at), null, "拟记录", CreditSource.Bureau(null), at, "bureau"),
                1 => file.RecordEvent(rule, BureauTime.DateOf(at), null, CreditSource.Event($"e-{at.Ticks}", null, null), Process, at),
                2 => file.Notify(no, Process, at, "bureau"),
                3 => file.State(no, "陈述申辩", [], at, "consultant"),
                4 => file.Decide(no, CreditDecision.Confirm, null, null, "确认", Process, at, "bureau"),
                5 => file.Decide(no, CreditDecision.Amend, rule, null, "变更", Process, at, "bureau"),
                6 => file.Decide(no, CreditDecision.Drop, null, null, "不予记录", Process, at, "bureau"),
                7 => file.Appeal(no, "申诉", at, "consultant"),
                8 => file.DecideAppeal(no, s.Rule % 2 == 0, "处理", at, "bureau"),
                9 => file.ApplyForRepair(no, "整改", [], Rules.FirstOrDefault(r => r.Code == file.Find(no)?.RuleCode)?.RepairAfterMonths, at, "consultant"),
                _ => file.DecideRepair(no, s.Rule % 2 == 0, "处理", at, "bureau"),
            };
            file = change.File ?? file;
            file = file.Advance(BureauTime.DateOf(at), at).File!;
            files.Add((at, file));
        }

        return files;
    }

    /// <summary>The score as the histories tell it, not as the record's own fields do.</summary>
    private static decimal FromHistories(CreditFile file, DateOnly on) => Scale.BaseScore + file.Records.Sum(r =>
    {
        var decided = r.History.LastOrDefault(h => h.Action is CreditRecordAction.Confirmed or CreditRecordAction.Amended);
        if (decided is null)
        {
            return 0m;
        }

        var inForce = BureauTime.DateOf(decided.At).AddDays(Process.PublicityDays);
        var ended = r.History.Where(h => h.Action is CreditRecordAction.Revoked or CreditRecordAction.Repaired).Select(h => BureauTime.DateOf(h.At)).ToList();
        var counts = inForce <= on && on < inForce.AddMonths(r.Months) && !ended.Any(e => e <= on);
        return counts ? r.SignedPoints : 0m;
    });

    [Property(MaxTest = 500)]
    public Property The_score_on_any_date_counts_exactly_the_records_decided_publicised_and_not_ended_by_then() =>
        Prop.ForAll(Lives, steps =>
        {
            var file = Live(steps)[^1].File;
            return Enumerable.Range(-10, 1200).Select(BureauTime.DateOf(Start).AddDays).All(on => file.StandingOn(on, Scale).Score == FromHistories(file, on));
        });

    [Property(MaxTest = 500)]
    public Property No_action_changes_the_score_of_a_day_before_it() =>
        Prop.ForAll(Lives, steps =>
        {
            var files = Live(steps);
            var last = files[^1].File;
            return files.All(f => last.StandingOn(BureauTime.DateOf(f.At).AddDays(-1), Scale) == f.File.StandingOn(BureauTime.DateOf(f.At).AddDays(-1), Scale));
        });

    [Property(MaxTest = 500)]
    public Property A_record_not_yet_decided_or_dropped_never_counts_on_any_day() =>
        Prop.ForAll(Lives, steps => Live(steps)[^1].File.Records
            .Where(r => r.IsPending || r.Status == CreditRecordStatus.Dropped)
            .All(r => Enumerable.Range(0, 1200).All(d => !r.CountsOn(BureauTime.DateOf(Start).AddDays(d)))));

    [Fact]
    public void A_proposed_record_counts_only_after_notice_statement_decision_and_seven_days_of_publicity()
    {
        var rule = Rules[1];
        var day = Start.AddDays(28); // Tuesday 29 September
        var file = CreditFile.Empty("91610100MA6U000001").Propose(rule, BureauTime.DateOf(day), null, "虚假材料", CreditSource.Bureau(null), day, "bureau").File!;
        Assert.Equal(Scale.BaseScore, file.StandingOn(BureauTime.DateOf(day).AddYears(1), Scale).Score);

        var notified = file.Notify(1, Process, day, "bureau").File!;
        // Five working days after Tuesday 29 September across the National Day week: 30 Sep, 8, 9, 10 (Saturday worked), 12 Oct.
        Assert.Equal(new DateOnly(2026, 10, 12), notified.Find(1)!.Process!.StatementDeadline);
        Assert.Contains("陈述申辩期至 2026-10-12", notified.Decide(1, CreditDecision.Confirm, null, null, "确认", Process, day.AddDays(5), "bureau").Refusal);

        var decided = notified.Decide(1, CreditDecision.Confirm, null, null, "期满未陈述申辩", Process, new DateTimeOffset(2026, 10, 13, 9, 0, 0, TimeSpan.FromHours(8)), "bureau").File!;
        var record = decided.Find(1)!;
        Assert.Equal(new DateOnly(2026, 10, 20), record.CountsFrom);
        Assert.True(record.InPublicityOn(new DateOnly(2026, 10, 19)));
        Assert.Equal(Scale.BaseScore, decided.StandingOn(new DateOnly(2026, 10, 19), Scale).Score);
        Assert.Equal(Scale.BaseScore - 20, decided.StandingOn(new DateOnly(2026, 10, 20), Scale).Score);
        Assert.Single(decided.PublicRecordsOn(new DateOnly(2026, 10, 14)));
    }

    [Fact]
    public void Amending_takes_the_new_rules_points_and_a_serious_record_cannot_be_repaired()
    {
        var day = Start;
        var file = CreditFile.Empty("91610100MA6U000001").RecordEvent(Rules[0], BureauTime.DateOf(day), null, CreditSource.Event("e", null, null), Process, day).File!;
        var stated = file.State(1, "偏差源于设计变更", ImmutableArray<CreditAttachment>.Empty, day.AddDays(1), "consultant").File!;
        var amended = stated.Decide(1, CreditDecision.Amend, Rules[2], "改记逾期报送", "部分采纳申辩", Process, day.AddDays(2), "bureau").File!.Find(1)!;
        Assert.Equal(("B05", 2m, "改记逾期报送"), (amended.RuleCode, amended.Points, amended.Note));

        Assert.Contains("不可修复", new CreditRecord(1, "B03", "虚假材料", CreditKind.Bad, 20, 36, true, BureauTime.DateOf(day), null, null, CreditSource.Bureau(null),
            day, "bureau", CreditRecordStatus.Standing, null, []).RepairRefusal(BureauTime.DateOf(day).AddMonths(20), null));
    }

    [Fact]
    public void Repair_and_appeal_wait_for_each_other_and_a_revoked_record_needs_no_repair()
    {
        var day = Start;
        var decided = CreditFile.Empty("91610100MA6U000001")
            .RecordEvent(Rules[0], BureauTime.DateOf(day), null, CreditSource.Event("e", null, null), Process, day).File!
            .State(1, "无异议", [], day, "consultant").File!
            .Decide(1, CreditDecision.Confirm, null, null, "确认", Process, day.AddDays(1), "bureau").File!;

        var appealed = decided.Appeal(1, "复核有误", day.AddDays(2), "consultant").File!;
        var sixMonthsLater = day.AddDays(8).AddMonths(6);
        Assert.Contains("正在申诉", appealed.ApplyForRepair(1, "整改", [], 6, sixMonthsLater, "consultant").Refusal);

        var upheld = appealed.DecideAppeal(1, revoke: false, "维持", day.AddDays(3), "bureau").File!;
        Assert.Contains("生效满 6 个月", upheld.ApplyForRepair(1, "整改", [], 6, day.AddDays(30), "consultant").Refusal);
        var applied = upheld.ApplyForRepair(1, "已整改", [], 6, sixMonthsLater, "consultant").File!;
        Assert.Contains("信用修复", applied.Appeal(1, "再申诉", sixMonthsLater, "consultant").Refusal);
        var refused = applied.DecideRepair(1, grant: false, "整改不到位", sixMonthsLater.AddDays(1), "bureau").File!;
        Assert.Equal(CreditRecordStatus.Standing, refused.Find(1)!.Status);
        var granted = refused.ApplyForRepair(1, "补充整改", [], 6, sixMonthsLater.AddDays(2), "consultant").File!
            .DecideRepair(1, grant: true, "准予", sixMonthsLater.AddDays(3), "bureau").File!;
        Assert.Equal(Scale.BaseScore - 10, granted.StandingOn(BureauTime.DateOf(sixMonthsLater.AddDays(2)), Scale).Score);
        Assert.Equal(Scale.BaseScore, granted.StandingOn(BureauTime.DateOf(sixMonthsLater.AddDays(3)), Scale).Score);
        Assert.Empty(granted.PublicRecordsOn(BureauTime.DateOf(sixMonthsLater.AddDays(3))));
        Assert.Single(granted.HiddenRecordsOn(BureauTime.DateOf(sixMonthsLater.AddDays(2))));

        var revoked = decided.Appeal(1, "复核有误", day.AddDays(2), "consultant").File!.DecideAppeal(1, revoke: true, "撤销", day.AddDays(3), "bureau").File!;
        Assert.Contains("不在生效期内", revoked.ApplyForRepair(1, "整改", [], 6, sixMonthsLater, "consultant").Refusal);
    }
}
