using ClosedXML.Excel;

namespace Cost.Importers.Firms;

/// <summary>
/// Writes the public credit register as an .xlsx. Text that a spreadsheet would take for a formula
/// (starting with = + - @, or a tab or carriage return) gets a leading apostrophe, so that a firm
/// name typed as "=HYPERLINK(…)" stays text (OWASP, CSV/formula injection).
/// </summary>
public static class FirmRegisterWorkbook
{
    private static readonly string[] Headers = ["统一社会信用代码", "企业名称", "诚信等级", "诚信得分", "地址", "法定代表人", "联系电话", "注册造价工程师（人）"];
    private static readonly double[] Widths = [22, 36, 10, 10, 36, 12, 16, 12];

    public static void Write(Stream output, IEnumerable<FirmRegisterRow> rows, DateOnly asOf)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet("诚信名录");
        sheet.Cell(1, 1).SetValue($"造价咨询企业诚信名录（{asOf:yyyy-MM-dd}）");
        sheet.Cell(1, 1).Style.Font.Bold = true;
        for (var c = 0; c < Headers.Length; c++)
        {
            sheet.Cell(2, c + 1).SetValue(Headers[c]);
            sheet.Cell(2, c + 1).Style.Font.Bold = true;
            sheet.Column(c + 1).Width = Widths[c];
        }

        var r = 3;
        foreach (var row in rows)
        {
            sheet.Cell(r, 1).SetValue(Safe(row.CreditCode));
            sheet.Cell(r, 2).SetValue(Safe(row.Name));
            sheet.Cell(r, 3).SetValue(Safe(row.Grade ?? ""));
            if (row.Score is { } score)
            {
                sheet.Cell(r, 4).SetValue(score);
            }

            sheet.Cell(r, 5).SetValue(Safe(row.Address ?? ""));
            sheet.Cell(r, 6).SetValue(Safe(row.LegalRepresentative ?? ""));
            sheet.Cell(r, 7).SetValue(Safe(row.Contact ?? ""));
            sheet.Cell(r, 8).SetValue(row.EngineerCount);
            r++;
        }

        workbook.SaveAs(output);
    }

    /// <summary>The text, with a leading apostrophe when a spreadsheet would read it as a formula.</summary>
    public static string Safe(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;
}
