using ClosedXML.Excel;
using Cost.Domain.Projects;

namespace Cost.Samples;

/// <summary>
/// The demo workbooks in data/samples: the sample tender as a pricing-software export, and the same
/// with a handful of deliberate mistakes for demonstrating findings.
/// </summary>
public static class SampleWorkbooks
{
    public const string FileName = SampleBoq.TenderName + "-招标控制价.xlsx";
    public const string WithErrorsFileName = SampleBoq.TenderName + "-招标控制价-有错误.xlsx";

    /// <summary>Lines per printed page of 表-08 in the sample.</summary>
    /// <remarks>
    /// Its 扉页 leaves the 编制人 and 复核人 lines blank, to be signed on paper, as most exports do: any firm may submit it,
    /// naming the people at submission (<see cref="SampleBoq.Signatories"/> are the demo firm's).
    /// </remarks>
    public static readonly BoqWriteOptions Options = new(LinesPerPage: 15, TenderName: SampleBoq.TenderName, Signatories: Signatories.None);

    public static void Write(Stream output) =>
        BoqWorkbookWriter.Write(SampleBoq.Create(), SampleBoq.RuleSet, output, Options);

    /// <summary>
    /// The sample with: a wrong 合价 (矩形柱), an 11-digit item code (矩形梁), a quantity written as
    /// text (有梁板) and a wrong 分部小计 (土石方) in the building unit work, and a wrong
    /// 招标控制价合计 in the plumbing unit work's 表-04 (the building unit work's totals cannot be
    /// checked while one of its quantities is unreadable).
    /// </summary>
    public static void WriteWithErrors(Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        using var clean = new MemoryStream();
        Write(clean);
        clean.Position = 0;
        using var workbook = new XLWorkbook(clean);
        var measured = SheetOf(workbook, "分部分项工程和单价措施项目清单与计价表", SampleBoq.BuildingUnit);
        var amount = RowOf(measured, "010502001001").Cell(8);
        amount.SetValue(amount.GetValue<decimal>() + 100m);
        RowOf(measured, "010503002001").Cell(2).SetValue("01050300200");
        RowOf(measured, "010505001001").Cell(6).SetValue("约862.4");
        var subtotal = measured.RowsUsed().First(r => r.Cell(3).GetString() == "分部小计").Cell(8);
        subtotal.SetValue(subtotal.GetValue<decimal>() + 1000m);

        var summary = SheetOf(workbook, "单位工程招标控制价汇总表", SampleBoq.PlumbingUnit);
        var total = summary.RowsUsed().First(r => r.Cell(2).GetString().StartsWith("招标控制价合计", StringComparison.Ordinal)).Cell(3);
        total.SetValue(total.GetValue<decimal>() + 10_000m);
        workbook.SaveAs(output);
    }

    private static IXLWorksheet SheetOf(XLWorkbook workbook, string title, string unit) =>
        workbook.Worksheets.First(s => s.Cell(1, 1).GetString() == title && s.Cell(2, 1).GetString().Contains(unit, StringComparison.Ordinal));

    private static IXLRow RowOf(IXLWorksheet sheet, string code) =>
        sheet.RowsUsed().First(r => r.Cell(2).GetString() == code);
}
