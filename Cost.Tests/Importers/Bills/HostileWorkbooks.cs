using System.IO.Compression;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using Cost.Samples;

namespace Cost.Tests.Importers.Bills;

/// <summary>
/// A fuzz corpus of hostile uploads made from a good workbook: each is what a damaged, hand-crafted or
/// mislabelled file looks like, with words its refusal must contain and, where there is one, the
/// sheet, row and column it must point at.
/// </summary>
internal static partial class HostileWorkbooks
{
    /// <summary>One hostile upload and what its refusal must say.</summary>
    public sealed record Case(string Name, byte[] Content, string Says, string? Sheet = null, int? Row = null, string? Column = null)
    {
        public override string ToString() => Name;
    }

    private static readonly Lazy<IReadOnlyList<Case>> BoqCases = new(() => From(Workbooks.Write(SampleBoq.Create())));
    private static readonly Lazy<IReadOnlyList<Case>> SurveyCases = new(() => From(SurveyWorkbook()));

    /// <summary>The corpus made from the sample bill of quantities.</summary>
    public static Case Boq(string name) => BoqCases.Value.Single(c => c.Name == name);

    /// <summary>The corpus made from a one-line price survey.</summary>
    public static Case Survey(string name) => SurveyCases.Value.Single(c => c.Name == name);

    /// <summary>The names of the corpus, for theories (enumerated when the tests run, not when they are discovered).</summary>
    public static TheoryData<string> Names => [.. BoqCases.Value.Select(c => c.Name)];

    public static IReadOnlyList<Case> From(byte[] workbook)
    {
        var sheets = WorkbookXml.Sheets(workbook);
        var (first, entry) = sheets[0];
        var firstCell = FirstCell().Match(WorkbookXml.Text(workbook, entry));
        var row = int.Parse(firstCell.Groups["row"].Value, System.Globalization.CultureInfo.InvariantCulture);
        return
        [
            new("空文件", [], "是空的"),
            new("截断的 zip", workbook[..(workbook.Length / 2)], "不完整"),
            new("改名的 .xls", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[2048]], "Excel 97-2003"),
            new("改名的 PNG", [0x89, .. "PNG\r\n\u001a\n\0\0\0\rIHDR"u8, .. new byte[64]], "PNG 图片"),
            new("改名的 PDF", "%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"u8.ToArray(), "PDF 文档"),
            new("zip 炸弹", WorkbookXml.With(workbook, "xl/media/image1.png", new byte[20_000_000], CompressionLevel.SmallestSize), "压缩比异常"),
            new("外部链接", WorkbookXml.With(workbook, "xl/externalLinks/externalLink1.xml", ExternalLink), "外部链接"),
            new("工作表 XML 错误", WorkbookXml.Edit(workbook, entry, xml => xml[..(xml.Length / 2)]), "不是有效的 XML", first),
            new("工作表含 DTD 实体膨胀", WorkbookXml.With(workbook, entry, BillionLaughs), "不是有效的 XML", first),
            new("0 字节的工作表", WorkbookXml.With(workbook, entry, []), "0 字节", first),
            new("超长共享字符串", WorkbookXml.Edit(workbook, "xl/sharedStrings.xml", HugeSharedString), "超过 Excel 单元格的上限 32,767"),
            new("超出列范围的单元格", WorkbookXml.Edit(workbook, entry, xml => FirstCell().Replace(xml, m => $"{m.Groups["open"].Value}XFE{m.Groups["row"].Value}\"", 1)),
                "超出 Excel 的列范围", first, row),
            FormulaWithoutResult(workbook, sheets),
        ];
    }

    /// <summary>The first number in the sheets turned into a formula saved without its result, as openpyxl or a hand edit leaves it.</summary>
    private static Case FormulaWithoutResult(byte[] workbook, IReadOnlyList<(string Name, string Entry)> sheets)
    {
        foreach (var (name, entry) in sheets)
        {
            // A number cell: no type, or type "n" (a shared-string cell's value is an index, not a number).
            var number = NumberCell().Matches(WorkbookXml.Text(workbook, entry))
                .FirstOrDefault(m => !m.Groups["attributes"].Value.Contains(" t=", StringComparison.Ordinal) || m.Groups["attributes"].Value.Contains(" t=\"n\"", StringComparison.Ordinal));
            if (number is not null)
            {
                var (p, column, row) = (number.Groups["p"].Value, number.Groups["column"].Value, number.Groups["row"].Value);
                var edited = WorkbookXml.Edit(workbook, entry, xml => xml.Replace(number.Value, $"<{p}c r=\"{column}{row}\"><{p}f>SUM(1,2)</{p}f></{p}c>", StringComparison.Ordinal));
                return new("公式没有计算结果", edited, "是公式（=SUM(1,2)），但文件中没有它的计算结果", name,
                    int.Parse(row, System.Globalization.CultureInfo.InvariantCulture), column);
            }
        }

        throw new InvalidOperationException("工作簿中没有数值单元格。");
    }

    private static string HugeSharedString(string xml)
    {
        var p = WorkbookXml.Prefix(xml);
        return xml.Replace($"</{p}sst>", $"<{p}si><{p}t>{new string('长', 40_000)}</{p}t></{p}si></{p}sst>", StringComparison.Ordinal);
    }

    private const string ExternalLink =
        "<externalLink xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><externalBook xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" r:id=\"rId1\"/></externalLink>";

    private const string BillionLaughs =
        "<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
        + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">]>"
        + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&e;</t></is></c></row></sheetData></worksheet>";

    /// <summary>A price survey of one quote, as a surveyor's workbook.</summary>
    private static byte[] SurveyWorkbook()
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add("调查表");
        string[] header = ["资源编码", "名称", "规格型号", "单位", "含税单价", "税率(%)", "数量", "报价单位", "报价日期"];
        object[] quote = ["01010201", "热轧带肋钢筋", "HRB400E Φ12", "t", 3850m, 13, 120, "西安宏达钢铁贸易有限公司", "2026-10-08"];
        for (var c = 0; c < header.Length; c++)
        {
            sheet.Cell(1, c + 1).SetValue(header[c]);
            sheet.Cell(2, c + 1).Value = quote[c];
        }

        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    [GeneratedRegex("(?<open><(?:\\w+:)?c r=\")(?<column>[A-Z]+)(?<row>\\d+)\"")]
    private static partial Regex FirstCell();

    [GeneratedRegex("<(?<p>\\w+:)?c r=\"(?<column>[A-Z]+)(?<row>\\d+)\"(?<attributes>[^>]*)><\\k<p>v>-?\\d[^<]*</\\k<p>v></\\k<p>c>")]
    private static partial Regex NumberCell();
}
