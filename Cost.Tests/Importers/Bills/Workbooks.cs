using ClosedXML.Excel;
using Cost.Domain.Bills;
using Cost.Domain.Pricing;
using Cost.Importers.Bills;
using Cost.Samples;

namespace Cost.Tests.Importers.Bills;

/// <summary>Writes bills to workbooks, lets a test edit them as a person or an exporter would, and reads them back.</summary>
internal static class Workbooks
{
    public static RuleSet RuleSet => SampleBoq.RuleSet;

    public static byte[] Write(Boq boq, BoqWriteOptions? options = null)
    {
        using var stream = new MemoryStream();
        BoqWorkbookWriter.Write(boq, RuleSet, stream, options);
        return stream.ToArray();
    }

    public static byte[] Edit(byte[] xlsx, Action<XLWorkbook> edit)
    {
        using var input = new MemoryStream(xlsx);
        using var workbook = new XLWorkbook(input);
        edit(workbook);
        using var output = new MemoryStream();
        workbook.SaveAs(output);
        return output.ToArray();
    }

    public static BoqImportResult Read(byte[] xlsx, BoqReadLimits? limits = null)
    {
        using var stream = new MemoryStream(xlsx);
        return BoqWorkbookReader.Read(stream, RuleSet, limits);
    }

    /// <summary>The sheet holding a table (by its title in A1) for a unit work.</summary>
    public static IXLWorksheet Sheet(XLWorkbook workbook, string title, string? unitName = null) =>
        workbook.Worksheets.First(s => s.Cell(1, 1).GetString() == title
            && (unitName is null || s.Cell(2, 1).GetString().Contains(unitName, StringComparison.Ordinal)));

    public static IXLWorksheet MeasuredWorks(XLWorkbook workbook, string? unitName = null) =>
        Sheet(workbook, "分部分项工程和单价措施项目清单与计价表", unitName);

    /// <summary>The row whose column B holds the item code.</summary>
    public static IXLRow LineRow(IXLWorksheet sheet, string code) =>
        sheet.RowsUsed().First(r => r.Cell(2).GetString() == code);

    /// <summary>The rows whose column <paramref name="column"/> reads <paramref name="label"/>.</summary>
    public static IEnumerable<IXLRow> RowsLabelled(IXLWorksheet sheet, string label, int column = 3) =>
        sheet.RowsUsed().Where(r => r.Cell(column).GetString() == label);

    public static IEnumerable<BoqFinding> Errors(this BoqImportResult result) =>
        result.Findings.Where(f => f.Severity == FindingSeverity.Error);

    public static IEnumerable<BoqFinding> Warnings(this BoqImportResult result) =>
        result.Findings.Where(f => f.Severity == FindingSeverity.Warning);
}
