using Cost.Domain.Projects;
using Cost.Tests.Importers.Bills;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Cost.Tests.Domain.Projects;

/// <summary>The bureau returns a submission with a reason; the firm corrects it with a new version.</summary>
public class TenderProjectReturnTests
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 9, 30, 0, TimeSpan.FromHours(8));
    private static readonly BoqSource Source = new("清单.xlsx", new string('0', 64), "consultant", Monday);

    private static readonly TenderProject New = TenderProject.Create(new TenderInfo(
        "XA-2026-0010", "测试项目", "610113", "school", 8000m, "GB/T50500-2024", "91610113MA6W8K3Q77", "consultant", Monday));

    private static TenderProject Submitted(TenderProject project, int at = 1)
    {
        var uploaded = project.UploadBoq(BoqBuilder.Typical().Build(), [], Source with { UploadedAt = Monday.AddHours(at) }, Workbooks.RuleSet).Project!;
        return uploaded.Submit(Monday.AddHours(at)).Project!;
    }

    [Fact]
    public void A_returned_submission_keeps_its_reason_and_the_firm_uploads_a_corrected_version()
    {
        var returned = Submitted(New).Return("  表-11 安全文明施工费费率有误  ", Monday.AddDays(1), "bureau");

        var happened = Assert.IsType<VersionReturned>(Assert.Single(returned.Events));
        Assert.Equal(TenderStatus.Returned, happened.Version.Status);
        Assert.Equal(new VersionReturn("表-11 安全文明施工费费率有误", "bureau", Monday.AddDays(1)), happened.Version.Return);
        Assert.False(happened.Version.IsFiled);
        Assert.NotNull(returned.Project!.Submit(Monday.AddDays(1)).Refusal);
        Assert.NotNull(returned.Project.File(Monday.AddDays(1), "bureau").Refusal);

        var corrected = Submitted(returned.Project, at: 30);
        Assert.Equal(2, corrected.Current!.Number);
        var filed = corrected.File(Monday.AddDays(2), "bureau").Project!;
        Assert.Equal(TenderStatus.Filed, filed.Current!.Status);
        Assert.Equal([1], filed.Returned.Select(v => v.Number));
    }

    [Fact]
    public void Only_a_submitted_version_can_be_returned()
    {
        Assert.NotNull(New.Return("没有上传的清单", Monday, "bureau").Refusal);
        var draft = New.UploadBoq(BoqBuilder.Typical().Build(), [], Source, Workbooks.RuleSet).Project!;
        Assert.Contains("草稿", draft.Return("还没有提交的草稿", Monday, "bureau").Refusal);
        var filed = Submitted(New).File(Monday.AddDays(1), "bureau").Project!;
        Assert.Contains("已备案", filed.Return("已经备案的版本", Monday.AddDays(2), "bureau").Refusal);
    }

    [Property]
    public Property A_reason_shorter_than_the_minimum_is_refused_and_a_long_enough_one_is_kept() =>
        Prop.ForAll(Arb.From(Gen.Choose(0, 12).SelectMany(n => Gen.ArrayOf(Gen.Elements('改', '正', 'a', ' '), n))), chars =>
        {
            var reason = new string(chars);
            var returned = Submitted(New).Return(reason, Monday.AddDays(1), "bureau");
            return reason.Trim().Length >= TenderProject.MinimumReturnReasonLength
                ? returned.Project!.Current!.Return!.Reason == reason.Trim()
                : returned.Refusal is not null && returned.Project is null;
        });

    [Fact]
    public void Every_return_stays_on_record_oldest_first()
    {
        var project = New;
        for (var i = 1; i <= 3; i++)
        {
            project = Submitted(project, at: i * 10).Return($"第 {i} 次退回的理由", Monday.AddDays(i), "bureau").Project!;
        }

        Assert.Equal(["第 1 次退回的理由", "第 2 次退回的理由", "第 3 次退回的理由"], project.Returned.Select(v => v.Return!.Reason));
    }
}
