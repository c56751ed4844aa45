using ClosedXML.Excel;
using Cost.Domain.Projects;
using Cost.Samples;

namespace Cost.Tests.Importers.Bills;

/// <summary>
/// The 编制人 and 复核人 read from a 扉页 laid out by hand the ways pricing software and people print it (GB/T 50500-2013
/// 扉-2), not only as the sample writer does.
/// </summary>
public class TitlePageTests
{
    private static readonly byte[] WithoutTitlePage = Workbooks.Write(SampleBoq.Create());

    private static Signatories? Read(Action<IXLWorksheet> layout) =>
        Workbooks.Read(Workbooks.Edit(WithoutTitlePage, w => layout(w.Worksheets.Add("扉页", 2)))).Boq!.Signatories;

    [Fact]
    public void Sample_writer_layout_name_beside_the_label_and_number_below_or_in_brackets()
    {
        var read = Workbooks.Read(Workbooks.Write(SampleBoq.Create(), SampleWorkbooks.Options with { Signatories = SampleBoq.Signatories })).Boq!.Signatories;

        Assert.Equal(SampleBoq.Signatories, read);
    }

    [Fact]
    public void The_sample_workbooks_title_page_is_left_blank_to_sign_on()
    {
        Assert.Null(Workbooks.Read(Workbooks.Write(SampleBoq.Create(), SampleWorkbooks.Options)).Boq!.Signatories);
    }

    [Fact]
    public void Name_and_number_in_the_label_cell_with_full_width_colon_and_brackets()
    {
        var read = Read(s =>
        {
            s.Cell("A10").Value = "编 制 人：张  三（建［造］16610000123）";
            s.Cell("D10").Value = "复 核 人：李四 陕1612000456";
        });

        Assert.Equal(new Signatories(new Signatory("张三", "建[造]16610000123"), new Signatory("李四", "陕1612000456")), read);
    }

    [Fact]
    public void Label_then_merged_name_cells_then_the_seal_instruction_and_a_labelled_number_below()
    {
        var read = Read(s =>
        {
            s.Cell("A12").Value = "编制人:";
            s.Range("B12:C12").Merge();
            s.Cell("B12").Value = "王 五";
            s.Cell("D12").Value = "（造价人员签字盖专用章）";
            s.Cell("B13").Value = "注册证号：建[造]17610000789";
            s.Cell("F12").Value = "复核人";
            s.Cell("G12").Value = "（造价工程师签字盖专用章）";
            s.Cell("H3").Value = "联系电话：02988231001";
        });

        Assert.Equal(new Signatories(new Signatory("王五", "建[造]17610000789"), null), read);
    }

    [Fact]
    public void A_blank_title_page_to_sign_on_names_nobody()
    {
        var read = Read(s =>
        {
            s.Cell("A12").Value = "编 制 人：";
            s.Cell("C12").Value = "（造价人员签字盖专用章）";
            s.Cell("D12").Value = "复 核 人：";
            s.Cell("F12").Value = "（造价工程师签字盖专用章）";
            s.Cell("A15").Value = "编制时间：2026年10月8日";
        });

        Assert.Null(read);
    }

    [Fact]
    public void The_tables_own_sheets_are_not_read_for_signatories()
    {
        var read = Workbooks.Read(Workbooks.Edit(WithoutTitlePage, w =>
            Workbooks.MeasuredWorks(w).Cell(2, 12).Value = "编制人：赵六")).Boq!.Signatories;

        Assert.Null(read);
    }
}
