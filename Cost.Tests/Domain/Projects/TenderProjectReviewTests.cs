using Cost.Domain.Calendar;
using Cost.Domain.Projects;
using Cost.Tests.Importers.Bills;

namespace Cost.Tests.Domain.Projects;

/// <summary>Publication, the complaint window, revision and the lock at bid opening (GB/T 50500-2013 §5.3).</summary>
public class TenderProjectReviewTests
{
    private static readonly DateTimeOffset Filed = new(2026, 11, 23, 9, 30, 0, TimeSpan.FromHours(8));
    private static readonly BoqSource Source = new("清单.xlsx", new string('0', 64), "consultant", Filed);

    private static TenderProject FiledProject() => TenderProject.Create(new TenderInfo(
            "XA-2026-0010", "测试项目", "610113", "school", 8000m, "GB/T50500-2024", "91610113MA6W8K3Q77", "consultant", Filed))
        .UploadBoq(BoqBuilder.Typical().Build(), [], Source, Workbooks.RuleSet).Project!
        .Submit(Filed).Project!
        .File(Filed, "bureau").Project!;

    private static readonly WorkingCalendar NationalDay = new(
        Enumerable.Range(1, 7).Select(d => new CalendarDay(new DateOnly(2026, 10, d), CalendarDayKind.Holiday, "国庆节"))
            .Append(new CalendarDay(new DateOnly(2026, 10, 10), CalendarDayKind.Workday, "国庆节调休上班")));

    private static DateTimeOffset Beijing(int month, int day, int hour = 0, int minute = 0) => new(2026, month, day, hour, minute, 0, TimeSpan.FromHours(8));

    [Fact]
    public void The_complaint_window_runs_five_working_days_from_publication_or_else_from_filing()
    {
        // Filed Monday 23 November 09:30: Tue 24 … Fri 27 and Mon 30 are the five working days; the weekend does not count.
        var filed = FiledProject();
        Assert.Null(filed.ComplaintRefusal(Beijing(11, 30, 23, 59), 5, WorkingCalendar.WeekdaysOnly));
        Assert.Contains("投诉期已过", filed.ComplaintRefusal(Beijing(12, 1), 5, WorkingCalendar.WeekdaysOnly));
        Assert.Contains("2026-11-30", filed.ComplaintRefusal(Beijing(12, 1), 5, WorkingCalendar.WeekdaysOnly));

        // Published Thursday 26 November: Fri 27, Mon 30, Tue 1, Wed 2, Thu 3 December.
        var published = filed.Publish(Filed.AddDays(3)).Project!;
        Assert.Equal(TenderStatus.Published, published.Current!.Status);
        Assert.Null(published.ComplaintRefusal(Beijing(12, 3, 18), 5, WorkingCalendar.WeekdaysOnly));
        Assert.NotNull(published.ComplaintRefusal(Beijing(12, 4), 5, WorkingCalendar.WeekdaysOnly));
    }

    [Fact]
    public void A_holiday_week_and_its_make_up_Saturday_move_the_end_of_the_window()
    {
        // Published Wednesday 30 September: 1–7 October are holidays, Saturday 10 October is worked; so Thu 8, Fri 9,
        // Sat 10, Mon 12 and Tue 13 October are the five working days.
        var filed = TenderProject.Create(FiledProject().Info with { CreatedAt = Beijing(9, 30, 9) })
            .UploadBoq(BoqBuilder.Typical().Build(), [], Source with { UploadedAt = Beijing(9, 30, 9) }, Workbooks.RuleSet).Project!
            .Submit(Beijing(9, 30, 9)).Project!
            .File(Beijing(9, 30, 10), "bureau").Project!;

        Assert.Null(filed.ComplaintRefusal(Beijing(10, 13, 23, 59), 5, NationalDay));
        Assert.Contains("2026-10-13", filed.ComplaintRefusal(Beijing(10, 14), 5, NationalDay));
        // Without the holidays entered, the window would have ended on Wednesday 7 October.
        Assert.Contains("2026-10-07", filed.ComplaintRefusal(Beijing(10, 8), 5, WorkingCalendar.WeekdaysOnly));
    }

    [Fact]
    public void The_complaint_window_runs_from_the_platforms_publication_when_it_comes_after_the_filing()
    {
        // The platform publishes Friday 27 November 09:30: Mon 30, Tue 1, Wed 2, Thu 3 and Fri 4 December.
        var registration = new PlatformRegistration(null, new TenderParty("某中学", "12610000MB0000000X"), null, Filed.AddDays(4), Filed.AddDays(30), "platform");
        var filed = FiledProject() with { Info = FiledProject().Info with { Registration = registration } };

        Assert.Null(filed.ComplaintRefusal(Beijing(12, 4, 23, 59), 5, WorkingCalendar.WeekdaysOnly));
        Assert.Contains("投诉期已过", filed.ComplaintRefusal(Beijing(12, 5), 5, WorkingCalendar.WeekdaysOnly));
    }

    [Theory]
    [InlineData(10, 5)]
    [InlineData(14.5, 1)]
    [InlineData(15, null)]
    [InlineData(40, null)]
    public void A_revision_extends_the_registered_deadline_only_when_fewer_than_15_days_remain(double daysLeft, int? extension)
    {
        var republished = Filed.AddDays(2);

        var extended = Cost.Domain.Reviews.BidDeadlineExtension.After(republished, republished.AddDays(daysLeft), 15);

        Assert.Equal(extension, extended.Days);
        Assert.Equal(extension is null ? null : republished.AddDays(15), extended.NewDeadline);
    }

    [Fact]
    public void Without_a_registered_deadline_the_bidders_are_told_the_minimum_days()
    {
        Assert.Equal(new Cost.Domain.Reviews.BidDeadlineExtension(15, null), Cost.Domain.Reviews.BidDeadlineExtension.After(Filed, null, 15));
    }

    /// <summary>Law: after any revision the deadline leaves at least the minimum days, and it moves only when it had to.</summary>
    [FsCheck.Xunit.Property]
    public bool The_deadline_after_a_revision_always_leaves_fifteen_days_and_never_moves_without_need(int minutesAfter)
    {
        var republished = Filed;
        var deadline = republished.AddMinutes(Math.Abs(minutesAfter % (60 * 24 * 40)));
        var extended = Cost.Domain.Reviews.BidDeadlineExtension.After(republished, deadline, 15);
        var final = extended.NewDeadline ?? deadline;
        return final - republished >= TimeSpan.FromDays(15)
            && (extended.Days is null) == (deadline >= republished.AddDays(15))
            && (extended.Days is null || final - deadline <= TimeSpan.FromDays(extended.Days.Value));
    }

    [Fact]
    public void A_revision_is_a_new_filed_version_and_the_old_one_is_kept()
    {
        var revised = FiledProject().Revise(BoqBuilder.Typical().Build(), [], Source, Workbooks.RuleSet, "c1", Filed.AddDays(2), "bureau").Project!;

        Assert.Equal(2, revised.Versions.Length);
        Assert.Equal(TenderStatus.Filed, revised.Versions[0].Status);
        Assert.Equal(TenderStatus.Filed, revised.Current!.Status);
        Assert.Equal("c1", revised.Current.RevisionFor);
        Assert.Same(revised.Current, revised.LatestFiled);
    }

    [Fact]
    public void Opening_locks_the_latest_filed_version_and_then_refuses_complaints_and_revisions()
    {
        var locked = FiledProject().Lock(1, Filed.AddDays(20)).Project!;

        Assert.Equal(TenderStatus.Locked, locked.Current!.Status);
        Assert.Contains("已开标", locked.ComplaintRefusal(Filed.AddDays(1), 5, WorkingCalendar.WeekdaysOnly));
        Assert.Null(locked.Revise(BoqBuilder.Typical().Build(), [], Source, Workbooks.RuleSet, "c1", Filed, "bureau").Project);
        Assert.Null(locked.Lock(1, Filed).Project);
        Assert.Null(locked.UploadBoq(BoqBuilder.Typical().Build(), [], Source, Workbooks.RuleSet).Project);
    }
}
