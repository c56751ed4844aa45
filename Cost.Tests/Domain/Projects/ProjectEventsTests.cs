using Cost.Domain.Projects;
using Cost.Tests.Importers.Bills;

namespace Cost.Tests.Domain.Projects;

/// <summary>Each change of a tender project says what happened to which version; a repeated or refused change says nothing.</summary>
public class ProjectEventsTests
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 9, 30, 0, TimeSpan.FromHours(8));
    private static readonly BoqSource Source = new("清单.xlsx", new string('0', 64), "consultant", Monday);

    private static readonly TenderProject New = TenderProject.Create(new TenderInfo(
        "XA-2026-0009", "测试项目", "610113", "school", 8000m, "GB/T50500-2024", "91610113MA6W8K3Q77", "consultant", Monday));

    private static T Single<T>(LifecycleResult result)
        where T : ProjectEvent
    {
        var happened = Assert.IsType<T>(Assert.Single(result.Events));
        Assert.Same(result.Project!.Current, happened.Version);
        return happened;
    }

    [Fact]
    public void The_lifecycle_uploads_submits_files_publishes_and_locks_the_current_version()
    {
        var uploaded = New.UploadBoq(BoqBuilder.Typical().Build(), [], Source, Workbooks.RuleSet);
        Single<VersionUploaded>(uploaded);
        var submitted = uploaded.Project!.Submit(Monday.AddHours(1));
        Single<VersionSubmitted>(submitted);
        var filed = submitted.Project!.File(Monday.AddHours(2), "bureau");
        Single<VersionFiled>(filed);
        var published = filed.Project!.Publish(Monday.AddHours(3));
        Single<VersionPublished>(published);
        var locked = published.Project!.Lock(1, Monday.AddDays(20));
        Assert.Equal(Monday.AddDays(20), Single<VersionLocked>(locked).Version.LockedAt);
    }

    [Fact]
    public void A_revision_is_a_new_filed_version_for_the_complaint()
    {
        var published = New.UploadBoq(BoqBuilder.Typical().Build(), [], Source, Workbooks.RuleSet).Project!
            .Submit(Monday).Project!.File(Monday, "bureau").Project!.Publish(Monday).Project!;

        var revised = published.Revise(BoqBuilder.Typical().Build(), [], Source, Workbooks.RuleSet, "C-1", Monday.AddDays(3), "bureau");

        var happened = Single<PriceRevised>(revised);
        Assert.Equal((2, "C-1"), (happened.Version.Number, happened.Version.RevisionFor));
    }

    [Fact]
    public void A_repeated_upload_and_a_refusal_say_nothing_happened()
    {
        var once = New.UploadBoq(BoqBuilder.Typical().Build(), [], Source, Workbooks.RuleSet).Project!;

        Assert.Empty(once.UploadBoq(BoqBuilder.Typical().Build(), [], Source, Workbooks.RuleSet, basedOn: 0).Events);
        Assert.Empty(once.File(Monday, "bureau").Events);
    }
}
