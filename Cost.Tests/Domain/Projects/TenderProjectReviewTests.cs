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

    [Fact]
    public void The_complaint_window_runs_from_publication_or_else_from_filing()
    {
        var filed = FiledProject();
        Assert.Null(filed.ComplaintRefusal(Filed.AddDays(5), 5));
        Assert.Contains("投诉期已过", filed.ComplaintRefusal(Filed.AddDays(5).AddMinutes(1), 5));

        var published = filed.Publish(Filed.AddDays(3)).Project!;
        Assert.Equal(TenderStatus.Published, published.Current!.Status);
        Assert.Null(published.ComplaintRefusal(Filed.AddDays(8), 5));
    }

    [Fact]
    public void The_complaint_window_runs_from_the_platforms_publication_when_it_comes_after_the_filing()
    {
        var registration = new PlatformRegistration(null, new TenderParty("某中学", "12610000MB0000000X"), null, Filed.AddDays(4), Filed.AddDays(30), "platform");
        var filed = FiledProject() with { Info = FiledProject().Info with { Registration = registration } };

        Assert.Null(filed.ComplaintRefusal(Filed.AddDays(9), 5));
        Assert.Contains("投诉期已过", filed.ComplaintRefusal(Filed.AddDays(9).AddMinutes(1), 5));
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
        Assert.Contains("已开标", locked.ComplaintRefusal(Filed.AddDays(1), 5));
        Assert.Null(locked.Revise(BoqBuilder.Typical().Build(), [], Source, Workbooks.RuleSet, "c1", Filed, "bureau").Project);
        Assert.Null(locked.Lock(1, Filed).Project);
        Assert.Null(locked.UploadBoq(BoqBuilder.Typical().Build(), [], Source, Workbooks.RuleSet).Project);
    }
}
