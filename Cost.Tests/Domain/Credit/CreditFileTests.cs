using Cost.Domain.Credit;

namespace Cost.Tests.Domain.Credit;

public class CreditFileTests
{
    private static readonly DateTimeOffset At = CreditBuilder.At;
    private static readonly DateOnly Today = new(2026, 3, 10);
    private static readonly GradeScale Scale = GradeScale.Default;

    private static (CreditFile File, CreditRecord Record) WithBad(decimal points = 20, int months = 12)
    {
        var change = CreditFile.Empty("91350100M000100Y43")
            .Import(CreditBuilder.Rule(CreditKind.Bad, points, months), Today.AddDays(-3), null, "虚假材料", CreditSource.Bureau("稽查 7 号"), At, "bureau");
        return (change.File!, change.Record!);
    }

    [Theory]
    [InlineData(90, "AAA")]
    [InlineData(89.99, "AA")]
    [InlineData(80, "AA")]
    [InlineData(79.5, "A")]
    [InlineData(70, "A")]
    [InlineData(60, "B")]
    [InlineData(59.99, "C")]
    [InlineData(-10, "C")]
    public void Grades_follow_the_default_thresholds(decimal score, string grade) => Assert.Equal(grade, Scale.GradeOf(score));

    [Fact]
    public void A_bad_record_lowers_the_score_from_its_start_until_it_expires()
    {
        var (file, record) = WithBad(points: 20, months: 6);
        Assert.Equal(80m, file.StandingOn(record.OccurredOn.AddDays(-1), Scale).Score);
        Assert.Equal(60m, file.StandingOn(record.OccurredOn, Scale).Score);
        Assert.Equal(60m, file.StandingOn(record.ExpiresOn.AddDays(-1), Scale).Score);
        Assert.Equal(80m, file.StandingOn(record.ExpiresOn, Scale).Score);
        Assert.Equal(record.OccurredOn.AddMonths(6), record.ExpiresOn);
    }

    [Fact]
    public void The_period_runs_from_the_publication_date_when_there_is_one()
    {
        var change = CreditFile.Empty("91350100M000100Y43").Import(CreditBuilder.Rule(CreditKind.Good, 5, 36), new DateOnly(2025, 1, 5), new DateOnly(2025, 2, 1),
            null, CreditSource.Bureau(null), At, "bureau");
        Assert.Equal(new DateOnly(2028, 2, 1), change.Record!.ExpiresOn);
    }

    [Fact]
    public void An_appeal_then_a_revocation_stops_the_record_counting_at_once_and_keeps_the_history()
    {
        var (file, record) = WithBad();
        var appealed = file.Appeal(record.No, "材料真实，有原件为证", At.AddDays(5), "consultant");
        Assert.Null(appealed.Refusal);
        Assert.Equal(CreditRecordStatus.UnderAppeal, appealed.Record!.Status);
        Assert.Equal(60m, appealed.File!.StandingOn(Today.AddDays(5), Scale).Score);

        var revoked = appealed.File.DecideAppeal(record.No, revoke: true, "复核认定材料真实", At.AddDays(8), "bureau");
        Assert.Equal(CreditRecordStatus.Revoked, revoked.Record!.Status);
        Assert.Equal(80m, revoked.File!.StandingOn(Today.AddDays(8), Scale).Score);
        Assert.Equal(60m, revoked.File.StandingOn(Today.AddDays(7), Scale).Score);
        Assert.Equal([CreditRecordAction.Recorded, CreditRecordAction.Appealed, CreditRecordAction.Revoked], revoked.Record.History.Select(h => h.Action));
        Assert.Equal("复核认定材料真实", revoked.Record.History[^1].Note);
    }

    [Fact]
    public void An_upheld_record_keeps_counting_and_cannot_be_appealed_again()
    {
        var (file, record) = WithBad();
        var upheld = file.Appeal(record.No, "理由", At.AddDays(1), "consultant").File!.DecideAppeal(record.No, revoke: false, "证据确凿", At.AddDays(2), "bureau");
        Assert.Equal(CreditRecordStatus.Standing, upheld.Record!.Status);
        Assert.Equal(60m, upheld.File!.StandingOn(Today.AddDays(2), Scale).Score);
        Assert.Contains("不能再次申诉", upheld.File.Appeal(record.No, "再申诉", At.AddDays(3), "consultant").Refusal);
    }

    [Fact]
    public void An_appeal_is_accepted_on_the_15th_day_and_refused_on_the_16th()
    {
        var (file, record) = WithBad();
        Assert.Null(file.Appeal(record.No, "理由", At.AddDays(15), "consultant").Refusal);
        Assert.Contains("15 日内", file.Appeal(record.No, "理由", At.AddDays(16), "consultant").Refusal);
    }

    [Fact]
    public void Only_bad_records_can_be_appealed_and_only_appealed_ones_decided()
    {
        var good = CreditFile.Empty("91350100M000100Y43").Import(CreditBuilder.Rule(CreditKind.Good), Today, null, null, CreditSource.Bureau(null), At, "bureau");
        Assert.Contains("不良行为", good.File!.Appeal(1, "理由", At, "consultant").Refusal);

        var (file, record) = WithBad();
        Assert.Contains("没有待处理的申诉", file.DecideAppeal(record.No, revoke: true, "理由", At, "bureau").Refusal);
        Assert.Contains("申诉理由", file.Appeal(record.No, " ", At, "consultant").Refusal);
        Assert.Contains("不存在", file.Appeal(99, "理由", At, "consultant").Refusal);
    }

    [Fact]
    public void The_same_event_never_creates_two_records()
    {
        var rule = CreditBuilder.Rule(CreditKind.Bad, 10, 12, "B01");
        var source = CreditSource.Event("review:XA-2026-0001:1", "XA-2026-0001 复核", "/projects/XA-2026-0001");
        var first = CreditFile.Empty("91350100M000100Y43").Import(rule, Today, null, null, source, At, "system");
        var again = first.File!.Import(rule, Today, null, null, source, At.AddHours(1), "system");

        Assert.False(again.Changed);
        Assert.Same(first.File, again.File);
        Assert.Equal(first.Record, again.Record);
        Assert.Single(again.File!.Records);
    }

    [Fact]
    public void A_record_cannot_occur_in_the_future_or_be_published_before_it_occurred()
    {
        var empty = CreditFile.Empty("91350100M000100Y43");
        var rule = CreditBuilder.Rule(CreditKind.Bad);
        Assert.Contains("晚于今天", empty.Import(rule, Today.AddDays(1), null, null, CreditSource.Bureau(null), At, "bureau").Refusal);
        Assert.Contains("早于发生日期", empty.Import(rule, Today, Today.AddDays(-1), null, CreditSource.Bureau(null), At, "bureau").Refusal);
    }

    [Fact]
    public void Expiry_is_noted_once()
    {
        var (file, record) = WithBad(months: 1);
        Assert.Same(file, file.Advance(record.ExpiresOn.AddDays(-1), At).File);

        var expired = file.Advance(record.ExpiresOn, At.AddMonths(1)).File!;
        Assert.Equal(CreditRecordAction.Expired, expired.Records[0].History[^1].Action);
        Assert.Same(expired, expired.Advance(record.ExpiresOn.AddDays(1), At.AddMonths(1).AddDays(1)).File);
    }

    [Fact]
    public void A_rule_catalogue_with_a_bad_rule_is_refused()
    {
        Assert.Throws<InvalidDataException>(() => new CreditRuleCatalogue([CreditBuilder.Rule(CreditKind.Bad) with { Months = 0 }]));
        Assert.Throws<InvalidDataException>(() => new CreditRuleCatalogue([CreditBuilder.Rule(CreditKind.Bad) with { Points = -3 }]));
        Assert.Throws<InvalidDataException>(() => new CreditRuleCatalogue([CreditBuilder.Rule(CreditKind.Bad), CreditBuilder.Rule(CreditKind.Bad)]));
    }
}
