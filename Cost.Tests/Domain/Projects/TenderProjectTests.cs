using System.Collections.Immutable;
using Cost.Domain.Bills;
using Cost.Domain.Projects;
using Cost.Tests.Importers.Bills;

namespace Cost.Tests.Domain.Projects;

public class TenderProjectTests
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 9, 30, 0, TimeSpan.FromHours(8));
    private static readonly BoqSource Source = new("清单.xlsx", new string('0', 64), "consultant", Monday);
    private static readonly BoqFinding AnError = new(FindingSeverity.Error, FindingRules.LineAmount, "表-08", 12, "I", "建筑工程", "010101001001", "平整场地", "合价不符", 10m, 11m);
    private static readonly BoqFinding AWarning = new(FindingSeverity.Warning, FindingRules.UnitSpelling, "表-08", 13, "E", "建筑工程", "010101001002", "挖一般土方", "计量单位已按 m3 读取");

    private static TenderProject NewProject() => TenderProject.Create(new TenderInfo(
        "XA-2026-0009", "测试项目", "610113", "school", 8000m, "GB/T50500-2024", "91610113MA6W8K3Q77", "consultant", Monday));

    private static TenderProject Uploaded(params BoqFinding[] findings) =>
        NewProject().UploadBoq(BoqBuilder.Typical().Build(), [.. findings], Source, Workbooks.RuleSet).Project!;

    [Fact]
    public void An_upload_becomes_a_priced_draft_version()
    {
        var project = Uploaded(AWarning);

        var version = Assert.Single(project.Versions);
        Assert.Equal(1, version.Number);
        Assert.Equal(TenderStatus.Draft, version.Status);
        Assert.True(version.Price.Total > 0);
    }

    [Fact]
    public void Of_two_uploads_based_on_the_same_version_the_second_is_refused_and_the_first_kept()
    {
        var first = Uploaded();
        var other = Source with { FileName = "另一份.xlsx", Sha256 = new string('1', 64), UploadedBy = "consultant2" };

        var winner = first.UploadBoq(BoqBuilder.Typical().Build(), [], other, Workbooks.RuleSet, basedOn: 1).Project!;
        var loser = winner.UploadBoq(BoqBuilder.Typical().Build(), [], Source with { Sha256 = new string('2', 64) }, Workbooks.RuleSet, basedOn: 1);

        Assert.Null(loser.Project);
        Assert.Contains("第 2 版", loser.Refusal);
        Assert.Equal(other, winner.Versions[^1].Source);
    }

    [Fact]
    public void The_same_upload_arriving_twice_leaves_the_project_as_once()
    {
        var once = Uploaded();
        var again = once.UploadBoq(BoqBuilder.Typical().Build(), [], Source, Workbooks.RuleSet, basedOn: 0);

        Assert.Same(once, again.Project);
    }

    [Fact]
    public void Submission_is_refused_while_errors_remain()
    {
        var result = Uploaded(AnError).Submit(Monday);

        Assert.Null(result.Project);
        Assert.Contains("1 个错误", result.Refusal);
    }

    [Fact]
    public void Filing_is_refused_while_errors_remain()
    {
        Assert.NotNull(Uploaded(AnError).File(Monday, "bureau").Refusal);
    }

    [Fact]
    public void Warnings_do_not_block_filing()
    {
        var filed = Uploaded(AWarning).Submit(Monday).Project!.File(Monday.AddHours(2), "bureau").Project!;

        Assert.Equal(TenderStatus.Filed, filed.Current!.Status);
        Assert.Equal("bureau", filed.Current.FiledBy);
        Assert.Same(filed.Current, filed.LatestFiled);
    }

    [Fact]
    public void Only_a_submitted_version_can_be_filed()
    {
        Assert.NotNull(Uploaded().File(Monday, "bureau").Refusal);
    }

    [Fact]
    public void A_filed_version_is_never_replaced_by_an_upload()
    {
        var filed = Uploaded().Submit(Monday).Project!.File(Monday, "bureau").Project!;

        var result = filed.UploadBoq(BoqBuilder.Typical().Build(), ImmutableArray<BoqFinding>.Empty, Source, Workbooks.RuleSet);

        Assert.Null(result.Project);
        Assert.Contains("已备案", result.Refusal);
    }

    [Fact]
    public void A_new_upload_after_submission_is_a_new_draft_and_keeps_the_old_version()
    {
        var submitted = Uploaded().Submit(Monday).Project!;

        var again = submitted.UploadBoq(BoqBuilder.Typical().Build(), [], Source, Workbooks.RuleSet).Project!;

        Assert.Equal(2, again.Versions.Length);
        Assert.Equal(TenderStatus.Submitted, again.Versions[0].Status);
        Assert.Equal(TenderStatus.Draft, again.Current!.Status);
    }

    [Fact]
    public void Nothing_can_be_submitted_before_an_upload()
    {
        Assert.NotNull(NewProject().Submit(Monday).Refusal);
    }
}
