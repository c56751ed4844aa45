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
