using Cost.Domain;
using Cost.Domain.Bills;
using Cost.Domain.Pricing;
using Cost.Samples;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Cost.Tests.Importers.Bills;

/// <summary>
/// Workbooks as Excel and pricing software save them: doubles written with 17 significant digits, pages
/// whose header repeats without the title above it, 本页合计 for 本页小计. None of it is a false error.
/// </summary>
public class ExportedWorkbookTests
{
    private static readonly Boq Typical = BoqBuilder.Typical().Build();

    [Property(MaxTest = 25)]
    public Property Numbers_written_as_Excel_holds_them_read_back_as_the_same_bill() =>
        Prop.ForAll(Arb.From(BoqGenerators.Boq), Arb.From(Gen.Choose(1, 6)), Arb.From(Gen.Choose(0, int.MaxValue)), (boq, perPage, seed) =>
        {
            var xlsx = Workbooks.Write(boq, new BoqWriteOptions(perPage));
            var random = new Random(seed);
            var nudged = ExcelDoubles.Nudge(xlsx, _ => random.Next(-1, 2));

            var result = Workbooks.Read(nudged);

            Assert.False(result.IsRefused, string.Join("; ", result.Refusal.Select(r => r.Message)));
            Assert.Empty(result.Errors());
            BoqAssert.Same(boq, result.Boq!);
            Assert.Equal(CeilingPriceCalculator.Price(boq, Workbooks.RuleSet).Total, CeilingPriceCalculator.Price(result.Boq!, Workbooks.RuleSet).Total);
        });

    [Fact]
    public void A_line_amount_one_unit_in_the_last_place_above_is_the_same_amount()
    {
        var xlsx = ExcelDoubles.Nudge(Workbooks.Write(Typical), _ => 1);

        Assert.Contains("00000001<", string.Concat(WorkbookXml.Sheets(xlsx).Select(s => WorkbookXml.Text(xlsx, s.Entry))), StringComparison.Ordinal);
        var result = Workbooks.Read(xlsx);

        Assert.Empty(result.Errors());
        BoqAssert.Same(Typical, result.Boq!);
    }

    [Fact]
    public void Every_amount_read_has_at_most_two_decimals()
    {
        var bill = BoqBuilder.Typical().Other(new OtherItems(295_644.15m, 5_000m, 1_200m, 150m)).Build();
        var xlsx = ExcelDoubles.Nudge(Workbooks.Write(StatedAmounts.Settle(bill, Workbooks.RuleSet)), _ => -1);

        var unit = Workbooks.Read(xlsx).Boq!.UnitWorks[0];
        var price = CeilingPriceCalculator.PriceUnitWork(unit, Workbooks.RuleSet).Price;

        Assert.Equal(295_644.15m, unit.OtherItems.Contingency);
        Assert.All(new[] { price.MeasuredWorks, price.Measures, price.OtherItems, price.StatutoryFees, price.Tax, price.Total },
            amount => Assert.Equal(Money.Round(amount), amount));
    }

    [Fact]
    public void A_stated_amount_off_by_a_cent_is_still_an_error()
    {
        var xlsx = Workbooks.Edit(Workbooks.Write(Typical), wb =>
            Workbooks.LineRow(Workbooks.MeasuredWorks(wb), "010502001001").Cell(8).SetValue(7348.81));

        var error = Assert.Single(Workbooks.Read(xlsx).Errors(), f => f.Rule == FindingRules.LineAmount);

        Assert.Equal((7348.81m, 7348.80m), (error.Stated, error.Expected));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Pages_whose_header_repeats_without_the_title_read_without_error(bool dropProjectLine)
    {
        var xlsx = TwoPagesPerTable(dropProjectLine);

        var result = Workbooks.Read(ExcelDoubles.Nudge(xlsx, i => (i % 3) - 1));

        Assert.Empty(result.Errors());
        BoqAssert.Same(Typical, result.Boq!);
    }

    [Fact]
    public void The_second_pages_subtotal_covers_the_lines_since_its_header()
    {
        var xlsx = Workbooks.Edit(TwoPagesPerTable(dropProjectLine: false), wb =>
        {
            var sheet = Workbooks.MeasuredWorks(wb);
            var secondPageSubtotal = Workbooks.RowsLabelled(sheet, "本页小计").Skip(1).First();
            secondPageSubtotal.Cell(8).SetValue(1m);
        });

        var error = Assert.Single(Workbooks.Read(xlsx).Errors());

        var secondPage = Typical.UnitWorks[0].Lines.Skip(3).Take(3).Sum(l => l.Amount);
        Assert.Equal((FindingRules.PageSubtotal, 1m, secondPage), (error.Rule, error.Stated, error.Expected));
        Assert.Equal(Typical.UnitWorks[0].Name, error.Unit);
    }

    [Fact]
    public void A_page_total_printed_as_本页合计_is_checked_as_the_page_subtotal()
    {
        var xlsx = Workbooks.Edit(TwoPagesPerTable(dropProjectLine: true), wb =>
        {
            foreach (var row in Workbooks.RowsLabelled(Workbooks.MeasuredWorks(wb), "本页小计").ToList())
            {
                row.Cell(3).SetValue("本页合计");
            }
        });

        Assert.Empty(Workbooks.Read(xlsx).Errors());
    }

    [Fact]
    public void Findings_name_the_rule_the_unit_work_and_the_item()
    {
        var xlsx = Workbooks.Edit(Workbooks.Write(Typical), wb =>
        {
            Workbooks.LineRow(Workbooks.MeasuredWorks(wb), "010501003001").Cell(8).SetValue(1m);
            var lumpSums = Workbooks.Sheet(wb, "总价措施项目清单与计价表");
            lumpSums.RowsUsed().First(r => r.Cell(3).GetString() == "安全文明施工费").Cell(6).SetValue(1m);
        });

        var errors = Workbooks.Read(xlsx).Errors().ToList();

        var line = Assert.Single(errors, f => f.Rule == FindingRules.LineAmount);
        Assert.Equal(("010501003001", "独立基础", Typical.UnitWorks[0].Name), (line.ItemCode, line.ItemName, line.Unit));
        var lumpSum = Assert.Single(errors, f => f.Rule == FindingRules.LumpSum);
        Assert.Equal(("011707001001", "安全文明施工费"), (lumpSum.ItemCode, lumpSum.ItemName));
        Assert.All(errors, f => Assert.Contains(f.Rule, RuleCodes));
    }

    [Fact]
    public void The_project_name_is_read_from_the_cover_else_from_the_unit_work_lines()
    {
        var xlsx = Workbooks.Write(Typical);
        var withoutCover = Workbooks.Edit(xlsx, wb => wb.Worksheet("封面").Delete());

        var cover = Workbooks.Read(xlsx).Boq!.ProjectName!;
        var lines = Workbooks.Read(withoutCover).Boq!.ProjectName!;

        Assert.Equal(("测试项目 工程", "封面", 2, "B"), (cover.Text, cover.Sheet, cover.Row, cover.Column));
        Assert.Equal("测试项目", lines.Text);
    }

    private static readonly string[] RuleCodes = [.. typeof(FindingRules).GetFields().Select(f => (string)f.GetValue(null)!)];

    /// <summary>The typical bill with 3 lines a page, later pages starting at their repeated header.</summary>
    private static byte[] TwoPagesPerTable(bool dropProjectLine) =>
        ExportLayouts.HeadersWithoutTitles(Workbooks.Write(Typical, new BoqWriteOptions(LinesPerPage: 3)), dropProjectLine);
}
