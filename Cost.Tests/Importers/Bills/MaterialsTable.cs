using System.Globalization;

namespace Cost.Tests.Importers.Bills;

/// <summary>
/// Adds a main-materials table to a workbook the way pricing software prints 表-21: title, subtitle, the
/// 工程名称 line, one header row, then one row per material. Numbers go in as numbers; <see cref="ExcelDigits"/>
/// rewrites a price as Excel stores it (17 significant digits).
/// </summary>
internal static class MaterialsTable
{
    public const string Title = "承包人提供主要材料和工程设备一览表";

    /// <summary>表-21's header: one combined 名称、规格、型号 column and 基准单价.</summary>
    public static readonly string[] Table21 = ["序号", "材料编码", "名称、规格、型号", "单位", "数量", "风险系数(%)", "基准单价(元)", "投标单价(元)", "发承包人确认单价(元)", "备注"];

    /// <summary>A material row of <see cref="Table21"/>: code, combined name, unit, quantity, base price.</summary>
    public static object?[] Row(string? code, string name, string unit, decimal quantity, decimal? price) =>
        [null, code, name, unit, quantity, 5m, price, null, null, null];

    public static byte[] Add(byte[] xlsx, string sheetName, string projectName, string[] header, params object?[][] rows) =>
        Workbooks.Edit(xlsx, wb =>
        {
            var sheet = wb.AddWorksheet(sheetName);
            sheet.Cell(1, 1).SetValue(Title);
            sheet.Cell(2, 1).SetValue("（适用于造价信息差额调整法）");
            sheet.Cell(3, 1).SetValue($"工程名称：{projectName}        标段：        第 1 页 共 1 页");
            for (var c = 0; c < header.Length; c++)
            {
                sheet.Cell(4, c + 1).SetValue(header[c]);
            }

            for (var r = 0; r < rows.Length; r++)
            {
                sheet.Cell(5 + r, 1).SetValue(r + 1);
                for (var c = 1; c < rows[r].Length; c++)
                {
                    var cell = sheet.Cell(5 + r, c + 1);
                    switch (rows[r][c])
                    {
                        case decimal d:
                            cell.SetValue(d);
                            break;
                        case string s:
                            cell.SetValue(s);
                            break;
                    }
                }
            }
        });

    /// <summary>The workbook with <paramref name="value"/> in the sheet's XML replaced by Excel's 17-digit form of it.</summary>
    public static byte[] ExcelDigits(byte[] xlsx, string sheetName, decimal value)
    {
        var entry = WorkbookXml.Sheets(xlsx).Single(s => s.Name == sheetName).Entry;
        var plain = value.ToString(CultureInfo.InvariantCulture);
        var excel = ((double)value).ToString("G17", CultureInfo.InvariantCulture);
        Assert.NotEqual(plain, excel);
        return WorkbookXml.Edit(xlsx, entry, xml =>
        {
            Assert.Contains($">{plain}<", xml, StringComparison.Ordinal);
            return xml.Replace($">{plain}<", $">{excel}<", StringComparison.Ordinal);
        });
    }
}
