using ClosedXML.Excel;
using Cost.Domain.Bills;
using Cost.Importers.Bills;
using Cost.Samples;

namespace Cost.Tests.Importers.Bills;

/// <summary>Each kind of mistake lands at its sheet, row and column, with stated and expected values.</summary>
public class FindingTests
{
    private static readonly Boq Typical = BoqBuilder.Typical().Build();

    private static (BoqImportResult Result, string Sheet, int Row) ReadEdited(Func<XLWorkbook, IXLCell> edit)
    {
        string sheet = string.Empty;
        var row = 0;
        var xlsx = Workbooks.Edit(Workbooks.Write(Typical, new BoqWriteOptions(LinesPerPage: 3)), wb =>
        {
            var cell = edit(wb);
            sheet = cell.Worksheet.Name;
            row = cell.Address.RowNumber;
        });
        return (Workbooks.Read(xlsx), sheet, row);
    }

    private static BoqFinding SingleErrorAt(BoqImportResult result, string sheet, int row, string column)
    {
        var error = Assert.Single(result.Errors());
        Assert.Equal((sheet, row, column), (error.Sheet, error.Row, error.Column));
        return error;
    }

    private static IXLCell Line(XLWorkbook wb, string code, int column) => Workbooks.LineRow(Workbooks.MeasuredWorks(wb), code).Cell(column);

    [Fact]
    public void Amount_mismatch_is_an_error_at_the_amount_cell()
    {
        var (result, sheet, row) = ReadEdited(wb => Line(wb, "010502001001", 8).SetValue(7000m));

        var error = SingleErrorAt(result, sheet, row, "H");
        Assert.Equal(("010502001001", 7000m, 7348.80m), (error.ItemCode, error.Stated, error.Expected));
        Assert.Equal("合价 7,000.00 与 工程量 × 综合单价（12 × 612.4） = 7,348.80 不符", error.Message);
    }

    [Fact]
    public void A_mismatched_amount_does_not_change_the_computed_bill()
    {
        var (result, _, _) = ReadEdited(wb => Line(wb, "010502001001", 8).SetValue(7000m));
        BoqAssert.Same(Typical, result.Boq!);
    }

    [Fact]
    public void A_code_that_is_not_twelve_digits_is_an_error_at_the_code_cell()
    {
        var (result, sheet, row) = ReadEdited(wb => Line(wb, "010502001001", 2).SetValue("01050200100"));
        var error = SingleErrorAt(result, sheet, row, "B");
        Assert.Equal("01050200100", error.ItemCode);
    }

    [Fact]
    public void A_duplicate_code_within_a_unit_work_is_an_error()
    {
        var (result, sheet, row) = ReadEdited(wb => Line(wb, "010502001001", 2).SetValue("010501003001"));
        var error = SingleErrorAt(result, sheet, row, "B");
        Assert.Contains("重复", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unreadable_quantity_is_one_error_not_a_cascade_of_mismatched_totals()
    {
        var (result, sheet, row) = ReadEdited(wb => Line(wb, "010502001001", 6).SetValue("约12"));

        var error = Assert.Single(result.Errors());
        Assert.Equal((sheet, row, "F"), (error.Sheet, error.Row, error.Column));
        Assert.Contains(result.Warnings(), w => w.Message.Contains($"第 {row} 行", StringComparison.Ordinal));
    }

    [Fact]
    public void A_quantity_that_is_not_a_number_is_an_error_at_the_quantity_cell()
    {
        var (result, sheet, row) = ReadEdited(wb => Line(wb, "010502001001", 6).SetValue("约12"));
        var error = result.Errors().First();
        Assert.Equal((sheet, row, "F"), (error.Sheet, error.Row, error.Column));
        Assert.Contains("工程量“约12”不是数字", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_negative_unit_rate_is_an_error()
    {
        var (result, sheet, row) = ReadEdited(wb => Line(wb, "010502001001", 7).SetValue(-612.4m));
        Assert.Contains(result.Errors(), e => (e.Sheet, e.Row, e.Column) == (sheet, row, "G") && e.Message.Contains("负数", StringComparison.Ordinal));
    }

    [Fact]
    public void A_zero_unit_rate_is_a_warning()
    {
        var (result, sheet, row) = ReadEdited(wb =>
        {
            Line(wb, "010502001001", 8).SetValue(0m);
            return Line(wb, "010502001001", 7).SetValue(0m);
        });
        Assert.Contains(result.Warnings(), w => (w.Sheet, w.Row, w.Column) == (sheet, row, "G"));
    }

    [Theory]
    [InlineData("分部小计")]
    [InlineData("本页小计")]
    [InlineData("合计")]
    public void A_wrong_subtotal_is_an_error_at_its_cell(string label)
    {
        var (result, sheet, row) = ReadEdited(wb =>
        {
            var cell = Workbooks.RowsLabelled(Workbooks.MeasuredWorks(wb), label).Last().Cell(8);
            return cell.SetValue(cell.GetValue<decimal>() + 1m);
        });
        var error = SingleErrorAt(result, sheet, row, "H");
        Assert.Equal(error.Expected + 1m, error.Stated);
    }

    [Fact]
    public void A_wrong_lump_sum_is_an_error_at_its_amount_cell()
    {
        var (result, sheet, row) = ReadEdited(wb => Workbooks.Sheet(wb, "总价措施项目清单与计价表").Cell(4, 6).SetValue(1m));
        var errors = result.Errors().ToList();
        Assert.Contains(errors, e => (e.Sheet, e.Row, e.Column) == (sheet, row, "F") && e.Stated == 1m);
    }

    [Fact]
    public void A_lump_sum_on_a_base_the_system_cannot_compute_is_taken_as_stated_with_a_warning()
    {
        var result = Workbooks.Read(Workbooks.Write(Typical));
        var warning = Assert.Single(result.Warnings());
        Assert.Contains("定额人工费", warning.Message, StringComparison.Ordinal);
        Assert.Equal(860m, result.Boq!.UnitWorks[0].LumpSums[1].StatedAmount);
    }

    [Fact]
    public void A_wrong_other_items_total_is_an_error()
    {
        var (result, sheet, row) = ReadEdited(wb => Workbooks.RowsLabelled(Workbooks.Sheet(wb, "其他项目清单与计价汇总表"), "合计", 2).Single().Cell(3).SetValue(1m));
        SingleErrorAt(result, sheet, row, "C");
    }

    [Fact]
    public void Material_provisional_prices_are_not_added_to_other_items()
    {
        var (result, _, _) = ReadEdited(wb => Workbooks.RowsLabelled(Workbooks.Sheet(wb, "其他项目清单与计价汇总表"), "材料（工程设备）暂估价/结算价", 2).Single().Cell(3).SetValue(99_999m));
        Assert.Empty(result.Errors());
        Assert.Equal(Typical.UnitWorks[0].OtherItems, result.Boq!.UnitWorks[0].OtherItems);
    }

    [Fact]
    public void A_wrong_fee_is_an_error_and_so_is_its_parent_row_only_when_the_parent_is_wrong()
    {
        var (result, sheet, row) = ReadEdited(wb => Workbooks.RowsLabelled(Workbooks.Sheet(wb, "规费、税金项目计价表"), "规费", 2).Single().Cell(6).SetValue(1m));
        SingleErrorAt(result, sheet, row, "F");

        var (feeResult, feeSheet, feeRow) = ReadEdited(wb => Workbooks.RowsLabelled(Workbooks.Sheet(wb, "规费、税金项目计价表"), "住房公积金", 2).Single().Cell(6).SetValue(1m));
        Assert.Contains(feeResult.Errors(), e => (e.Sheet, e.Row, e.Column) == (feeSheet, feeRow, "F"));
    }

    [Fact]
    public void A_wrong_tax_is_an_error_and_a_different_vat_rate_a_warning()
    {
        var (result, sheet, row) = ReadEdited(wb =>
        {
            var taxRow = Workbooks.RowsLabelled(Workbooks.Sheet(wb, "规费、税金项目计价表"), "税金", 2).Single();
            taxRow.Cell(5).SetValue(3m);
            return taxRow.Cell(6).SetValue(1m);
        });
        var error = SingleErrorAt(result, sheet, row, "F");
        Assert.Equal(1m, error.Stated);
        Assert.Contains(result.Warnings(), w => (w.Sheet, w.Row, w.Column) == (sheet, row, "E") && w.Message.Contains("9%", StringComparison.Ordinal));
        Assert.Equal(0.03m, result.Boq!.UnitWorks[0].StatedVatRate);
    }

    [Theory]
    [InlineData("分部分项工程")]
    [InlineData("措施项目")]
    [InlineData("其中：安全文明施工费")]
    [InlineData("其他项目")]
    [InlineData("规费")]
    [InlineData("税金")]
    [InlineData("招标控制价合计=1+2+3+4+5")]
    public void A_wrong_summary_total_is_an_error_at_its_cell(string label)
    {
        var (result, sheet, row) = ReadEdited(wb => Workbooks.RowsLabelled(Workbooks.Sheet(wb, "单位工程招标控制价汇总表"), label, 2).Single().Cell(3).SetValue(1m));
        var error = SingleErrorAt(result, sheet, row, "C");
        Assert.Equal(1m, error.Stated);
    }

    [Theory]
    [InlineData("总价措施项目清单与计价表", "表-11")]
    [InlineData("其他项目清单与计价汇总表", "表-12")]
    [InlineData("规费、税金项目计价表", "表-13")]
    [InlineData("单位工程招标控制价汇总表", "表-04")]
    public void A_missing_table_is_an_error(string title, string label)
    {
        var xlsx = Workbooks.Edit(Workbooks.Write(Typical), wb => Workbooks.Sheet(wb, title).Delete());
        var error = Workbooks.Read(xlsx).Errors().First();
        Assert.Contains("缺少" + label, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_unit_work_with_tables_but_no_measured_works_table_is_an_error()
    {
        var two = new Boq([Typical.UnitWorks[0], Typical.UnitWorks[0] with { Name = "测试项目-安装工程" }]);
        var xlsx = Workbooks.Edit(Workbooks.Write(two), wb => Workbooks.MeasuredWorks(wb, "测试项目-安装工程").Delete());
        var result = Workbooks.Read(xlsx);
        Assert.Contains(result.Errors(), e => e.Message.Contains("测试项目-安装工程", StringComparison.Ordinal) && e.Message.Contains("缺少表-08", StringComparison.Ordinal));
    }
}
