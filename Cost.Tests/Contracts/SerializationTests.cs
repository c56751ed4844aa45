using Cost.Contracts;
using Cost.Domain;
using Cost.Domain.Bills;
using Cost.Domain.Materials;
using Cost.Domain.Prices;
using Cost.Domain.Pricing;
using Cost.Domain.Projects;
using Cost.Silos.Hosting;
using Cost.Tests.Importers.Bills;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;

namespace Cost.Tests.Contracts;

/// <summary>Grain messages survive Orleans serialization whole: a missing or reused [Id] would lose data silently.</summary>
public class SerializationTests
{
    private static readonly Serializer Serializer = new ServiceCollection().AddCostSerialization().BuildServiceProvider().GetRequiredService<Serializer>();

    private static readonly DateTimeOffset At = new(2026, 11, 25, 10, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public void A_bill_upload_round_trips()
    {
        var upload = new BoqUpload(BoqBuilder.Typical().Build(),
            [new BoqFinding(FindingSeverity.Error, FindingRules.LineAmount, "表-08", 12, "I", "建筑工程", "010101001001", "平整场地", "合价不符", 1.5m, 1.51m)],
            new BoqSource("清单.xlsx", "ab", "consultant", At));

        var copy = Serializer.Deserialize<BoqUpload>(Serializer.SerializeToArray(upload))!;

        BoqAssert.Same(upload.Boq, copy.Boq);
        Assert.True(upload.Findings.SequenceEqual(copy.Findings));
        Assert.Equal(upload.Source, copy.Source);
    }

    [Fact]
    public void A_bill_upload_keeps_its_main_materials_check()
    {
        var row = new MaterialRow("主要材料", 5, "G", null, "01010201", "热轧带肋钢筋 HRB400E Φ12", "", "t", 12.5m, 5000m);
        var check = new MaterialCheck("610113", "雁塔区", new YearMonth(2026, 10), 0.10m,
            [new MaterialCheckLine(row, MaterialStatus.Deviating, "01010201", "HRB400E Φ12", 4000m, "610100", "西安市", 25.0m)]);
        var upload = new BoqUpload(BoqBuilder.Typical().Build(), check.Findings(), new BoqSource("清单.xlsx", "ab", "consultant", At), 1, check);

        var copy = Serializer.Deserialize<BoqUpload>(Serializer.SerializeToArray(upload))!;

        Assert.Equal(check.Lines.ToList(), copy.Materials!.Lines.ToList());
        Assert.Equal((check.Region, check.RegionName, check.Month, check.Band), (copy.Materials.Region, copy.Materials.RegionName, copy.Materials.Month, copy.Materials.Band));
        Assert.True(upload.Findings.SequenceEqual(copy.Findings));
    }

    [Fact]
    public void A_project_view_and_a_grain_result_round_trip()
    {
        var project = TenderProject.Create(new TenderInfo("XA-1", "项目", "610113", "school", 100.5m, "GB/T50500-2024", "91610113MA6W8K3Q77", "c", At,
                TaxMethod.Simple, new YearMonth(2025, 6)))
            .UploadBoq(BoqBuilder.Typical().Build(), [], new BoqSource("a.xlsx", "ab", "c", At), Workbooks.RuleSet).Project!
            .Submit(At).Project!;
        var result = GrainResult.Done(ProjectView.Of(project));

        var copy = Serializer.Deserialize<GrainResult<ProjectView>>(Serializer.SerializeToArray(result))!;

        Assert.Equal(CommandOutcome.Done, copy.Outcome);
        Assert.Equal(result.Value!.Info, copy.Value!.Info);
        var (expected, actual) = (result.Value.Current!, copy.Value.Current!);
        Assert.Equal(expected.Status, actual.Status);
        Assert.Equal(expected.SubmittedAt, actual.SubmittedAt);
        Assert.Equal(expected.Price.Total, actual.Price.Total);
        Assert.True(expected.Price.Units.SequenceEqual(actual.Price.Units));
        Assert.Equal(expected.LineCount, actual.LineCount);
    }

    [Fact]
    public void A_period_change_and_a_refusal_round_trip()
    {
        var done = GrainResult.Done(new PeriodChange(new PeriodSummary("610100", "2026-10", PeriodStatus.Published, 2), new PeriodCounts(Published: 3, Carried: 1, Withheld: 2)));
        var refused = GrainResult.NotFound<PeriodChange>("2026年10月没有该系列的价格草稿。");

        Assert.Equal(done, Serializer.Deserialize<GrainResult<PeriodChange>>(Serializer.SerializeToArray(done)));
        Assert.Equal(refused, Serializer.Deserialize<GrainResult<PeriodChange>>(Serializer.SerializeToArray(refused)));
    }
}
