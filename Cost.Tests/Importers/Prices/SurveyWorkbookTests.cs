using ClosedXML.Excel;
using static Cost.Tests.Importers.Prices.Surveys;

namespace Cost.Tests.Importers.Prices;

public class SurveyWorkbookTests
{
    private static readonly string[] Columns = ["序号", "报价单位", "资源编码", "名称", "规格型号", "含税单价(元)", "单位", "数量", "税率(%)", "报价日期", "备注"];

    private static byte[] Workbook(params object?[][] rows)
    {
        using var workbook = new XLWorkbook();
        workbook.Worksheets.Add("填表说明").Cell(1, 1).SetValue("请按资源目录填写，单价含税。");
        var sheet = workbook.Worksheets.Add("调查表");
        sheet.Cell(1, 1).SetValue("西安市建设工程材料价格调查表");
        for (var c = 0; c < Columns.Length; c++)
        {
            sheet.Cell(3, c + 1).SetValue(Columns[c]);
        }

        for (var r = 0; r < rows.Length; r++)
        {
            for (var c = 0; c < rows[r].Length; c++)
            {
                var cell = sheet.Cell(4 + r, c + 1);
                switch (rows[r][c])
                {
                    case null: break;
                    case string s: cell.SetValue(s); break;
                    case DateTime d: cell.SetValue(d); break;
                    case decimal m: cell.SetValue(m); break;
                    case int i: cell.SetValue(i); break;
                    default: throw new ArgumentException("unexpected cell value");
                }
            }
        }

        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    [Fact]
    public void A_workbook_with_a_notes_sheet_a_title_extra_columns_and_another_order_is_read()
    {
        var bytes = Workbook(
            [1, "西安宏达钢铁贸易有限公司", "01010201", "热轧带肋钢筋", "HRB400E Φ12", 3850m, "t", 120, 0.13m, new DateTime(2026, 10, 8), "现货"],
            [2, "西安宏达钢铁贸易有限公司", "01010201", "热轧带肋钢筋", "HRB400E Φ40", 3850m, "t", 120, 0.13m, new DateTime(2026, 10, 8), null],
            [3, "陕西秦龙商砼有限公司", "80210504", "预拌混凝土", "C30", 465.5m, "m³", 800, 3, new DateTime(2026, 10, 9), null],
            [4, "陕西华强钢铁贸易有限公司", "01010201", "热轧带肋钢筋", "HRB400E Φ12", 3.9m, "kg", 5000, "13%", "2026-10-10", null]);

        var result = Read(bytes, "调查表.xlsx");

        Assert.False(result.IsRefused, string.Join("；", result.Refusal.Select(r => r.Message)));
        Assert.Equal([4, 6, 7], result.Accepted.Select(o => o.Source.Row));
        Assert.Equal([3850m, 465.5m, 3900m], result.Accepted.Select(o => o.PriceInclTax));
        Assert.Equal(5m, result.Accepted[2].Quantity);
        Assert.Equal(new DateOnly(2026, 10, 8), result.Accepted[0].QuotedOn);
        var rejection = Assert.Single(result.Rejected);
        Assert.Equal(5, rejection.Row);
        Assert.Equal("E", rejection.Column);
    }

    [Fact]
    public void A_code_stored_as_a_number_gets_its_leading_zeros_back()
    {
        var result = Read(Workbook([1, "甲", 10101, "普工", null, 180m, "工日", null, 0, new DateTime(2026, 10, 8), null]), "调查表.xlsx");

        Assert.Equal("00010101", Assert.Single(result.Accepted).ResourceCode);
    }

    [Fact]
    public void A_workbook_without_a_survey_header_is_refused()
    {
        using var workbook = new XLWorkbook();
        workbook.Worksheets.Add("Sheet1").Cell(1, 1).SetValue("没有表头");
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);

        var result = Read(stream.ToArray(), "调查表.xlsx");

        Assert.True(result.IsRefused);
        Assert.Contains("表头", result.Refusal[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_broken_workbook_is_refused()
    {
        var bytes = Workbook([1, "甲", "01010201", null, "HRB400E Φ12", 3850m, "t", 1, 13, new DateTime(2026, 10, 8), null]);

        var result = Read(bytes[..(bytes.Length / 2)], "调查表.xlsx");

        Assert.True(result.IsRefused);
    }
}
