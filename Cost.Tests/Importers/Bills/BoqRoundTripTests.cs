using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Cost.Tests.Importers.Bills;

public class BoqRoundTripTests
{
    [Property(MaxTest = 30)]
    public Property A_bill_written_and_read_back_is_the_same_bill() =>
        Prop.ForAll(Arb.From(BoqGenerators.Boq), Arb.From(BoqGenerators.Options), (boq, options) =>
        {
            var result = Workbooks.Read(Workbooks.Write(boq, options));

            Assert.False(result.IsRefused, string.Join("; ", result.Refusal.Select(r => r.Message)));
            Assert.Empty(result.Errors());
            BoqAssert.Same(boq, result.Boq!);
        });

    [Fact]
    public void Reading_twice_gives_the_same_bill_and_findings()
    {
        var xlsx = Workbooks.Write(BoqBuilder.Typical().Build());

        var first = Workbooks.Read(xlsx);
        var second = Workbooks.Read(xlsx);

        BoqAssert.Same(first.Boq!, second.Boq!);
        Assert.True(first.Findings.SequenceEqual(second.Findings));
    }

    [Fact]
    public void A_written_workbook_holds_a_cover_and_an_analysis_sheet_that_are_ignored()
    {
        var xlsx = Workbooks.Write(BoqBuilder.Typical().Build());

        Workbooks.Edit(xlsx, wb =>
        {
            Assert.Contains(wb.Worksheets, s => s.Name == "封面");
            Assert.Contains(wb.Worksheets, s => s.Cell(1, 1).GetString() == "综合单价分析表");
        });
        Assert.DoesNotContain(Workbooks.Read(xlsx).Findings, f => f.Sheet == "封面");
    }
}
