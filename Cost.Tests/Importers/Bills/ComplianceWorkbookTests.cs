using Cost.Domain.Bills;
using Cost.Domain.Pricing;
using ClosedXML.Excel;

namespace Cost.Tests.Importers.Bills;

/// <summary>
/// Workbooks read under the sample provincial rule set SN-2025: a compliant export files without errors; a
/// compiler's edits that break the province's rules become errors at the cells to change.
/// </summary>
public class ComplianceWorkbookTests
{
    private static readonly byte[] Compliant = ProvincialBills.Write(ProvincialBills.Settled(ProvincialBills.Compliant()));

    private static IXLWorksheet LumpSums(XLWorkbook w) => Workbooks.Sheet(w, "总价措施项目清单与计价表");

    private static IXLWorksheet Fees(XLWorkbook w) => Workbooks.Sheet(w, "规费、税金项目计价表");

    [Fact]
    public void A_compliant_workbook_is_read_without_errors()
    {
        var result = ProvincialBills.Read(Compliant);

        Assert.False(result.IsRefused);
        Assert.Empty(result.Errors());
    }

    [Fact]
    public void A_safety_fee_at_half_a_percent_is_an_error_at_its_rate_cell()
    {
        var edited = Workbooks.Edit(Compliant, w =>
        {
            var row = Workbooks.RowsLabelled(LumpSums(w), "安全文明施工费").Single();
            row.Cell(5).Value = 0.5;
        });

        var finding = Assert.Single(ProvincialBills.Read(edited).Errors(), f => f.Rule == FindingRules.NonCompetitiveRate);
        Assert.Equal(("E", "011707001001", "安全文明施工费"), (finding.Column, finding.ItemCode, finding.ItemName));
        Assert.Equal((0.5m, 3.80m), (finding.Stated, finding.Expected));
        Assert.NotNull(finding.Unit);
    }

    [Fact]
    public void A_safety_rate_that_excel_writes_with_17_digits_is_the_provincial_rate()
    {
        var edited = Workbooks.Edit(Compliant, w => Workbooks.RowsLabelled(LumpSums(w), "安全文明施工费").Single().Cell(5).Value = 3.7999999999999998);

        Assert.DoesNotContain(ProvincialBills.Read(edited).Findings, f => f.Rule == FindingRules.NonCompetitiveRate);
    }

    [Fact]
    public void A_base_typed_with_a_full_width_plus_is_accepted_and_another_base_is_an_error_at_its_cell()
    {
        var fullWidth = Workbooks.Edit(Compliant, w =>
            Workbooks.RowsLabelled(LumpSums(w), "安全文明施工费").Single().Cell(4).Value = "分部分项工程费 ＋ 单价措施项目费");
        Assert.Empty(ProvincialBills.Read(fullWidth).Errors());

        var other = Workbooks.Edit(Compliant, w =>
            Workbooks.RowsLabelled(Fees(w), "住房公积金", column: 2).Single().Cell(3).Value = "分部分项工程费+措施项目费");
        var finding = Assert.Single(ProvincialBills.Read(other).Errors(), f => f.Rule == FindingRules.NonCompetitiveBase);
        Assert.Equal(("C", "住房公积金"), (finding.Column, finding.ItemName));
    }

    [Fact]
    public void A_statutory_fee_rate_off_the_provincial_rate_is_an_error()
    {
        var edited = Workbooks.Edit(Compliant, w => Workbooks.RowsLabelled(Fees(w), "社会保险费", column: 2).Single().Cell(5).Value = 3.55);

        var finding = Assert.Single(ProvincialBills.Read(edited).Errors(), f => f.Rule == FindingRules.NonCompetitiveRate);
        Assert.Equal(("E", 3.55m, 3.21m), (finding.Column, finding.Stated, finding.Expected));
    }

    [Fact]
    public void An_abolished_fee_still_priced_is_an_error_at_its_amount_and_at_zero_is_accepted()
    {
        var priced = ProvincialBills.Write(ProvincialBills.Settled(ProvincialBills.Compliant().Fee("1.3", "工程排污费", ProvincialBills.FeeBase, 0.1m)));
        var finding = Assert.Single(ProvincialBills.Read(priced).Errors());
        Assert.Equal((FindingRules.AbolishedFee, "F", "工程排污费"), (finding.Rule, finding.Column, finding.ItemName));

        var atZero = ProvincialBills.Write(ProvincialBills.Settled(ProvincialBills.Compliant().Fee("1.3", "工程排污费", ProvincialBills.FeeBase, 0m)));
        Assert.Empty(ProvincialBills.Read(atZero).Errors());
    }

    [Fact]
    public void A_required_fee_deleted_from_the_table_is_an_error_about_the_sheet()
    {
        var edited = Workbooks.Edit(Compliant, w => Workbooks.RowsLabelled(Fees(w), "住房公积金", column: 2).Single().Delete());

        var finding = Assert.Single(ProvincialBills.Read(edited).Errors(), f => f.Rule == FindingRules.MissingFee);
        Assert.NotNull(finding.Sheet);
        Assert.Null(finding.Row);
    }

    [Fact]
    public void Under_simple_tax_a_workbook_taxed_at_9_percent_is_a_tax_rate_error()
    {
        var simple = ProvincialBills.Sn2025.For(TaxMethod.Simple);
        Assert.Empty(ProvincialBills.Read(ProvincialBills.Write(ProvincialBills.Settled(ProvincialBills.Compliant(), simple), simple), simple).Errors());

        var finding = Assert.Single(ProvincialBills.Read(Compliant, simple).Errors(), f => f.Rule == FindingRules.TaxRate);
        Assert.Equal(("E", 9m, 3m), (finding.Column, finding.Stated, finding.Expected));
    }

    [Fact]
    public void Under_a_national_set_another_tax_rate_stays_a_warning()
    {
        var result = Workbooks.Read(Workbooks.Edit(Workbooks.Write(BoqBuilder.Typical().Build()), w =>
            Workbooks.RowsLabelled(Fees(w), "税金", column: 2).Single().Cell(5).Value = 11));

        var warning = Assert.Single(result.Warnings(), f => f.Rule == FindingRules.Tax);
        Assert.Equal("E", warning.Column);
        Assert.DoesNotContain(result.Findings, f => f.Rule == FindingRules.TaxRate);
    }
}
