using System.Text;
using ClosedXML.Excel;
using Cost.Importers.Firms;
using Cost.Tests.Domain.Credit;

namespace Cost.Tests.Importers.Firms;

public class FirmRosterReaderTests
{
    private static MemoryStream Roster(params string?[][] rows)
    {
        var stream = new MemoryStream();
        using (var workbook = new XLWorkbook())
        {
            var sheet = workbook.AddWorksheet("企业名录");
            for (var r = 0; r < rows.Length; r++)
            {
                for (var c = 0; c < rows[r].Length; c++)
                {
                    if (rows[r][c] is { } text)
                    {
                        sheet.Cell(r + 1, c + 1).SetValue(text);
                    }
                }
            }

            workbook.SaveAs(stream);
        }

        stream.Position = 0;
        return stream;
    }

    [Fact]
    public void Engineers_are_read_and_a_firm_named_twice_appears_once_as_its_last_row_says()
    {
        var code = CreditBuilder.NewCode();
        var result = FirmRosterReader.Read(Roster(
            ["企业名称", "统一社会信用代码", "注册造价工程师", "法定代表人"],
            ["甲公司", code, null, "张三"],
            ["甲工程造价咨询有限公司", code.ToLowerInvariant(), "王芳:建[造]16610001234；李强：建[造]16610005678", null]));

        Assert.Null(result.Refusal);
        Assert.Empty(result.Rejected);
        var firm = Assert.Single(result.Firms);
        Assert.Equal(3, firm.Row);
        Assert.Equal("甲工程造价咨询有限公司", firm.Firm.Name);
        Assert.Equal(code, firm.Firm.CreditCode);
        Assert.Equal(["王芳", "李强"], firm.Firm.Engineers.Select(e => e.Name));
        Assert.Equal("建[造]16610005678", firm.Firm.Engineers[1].RegistrationNumber);
    }

    [Fact]
    public void Bad_rows_are_rejected_with_their_row_and_column_and_good_rows_kept()
    {
        var result = FirmRosterReader.Read(Roster(
            ["统一社会信用代码", "企业名称", "注册造价工程师"],
            ["91350100M000100Y44", "校验位错", null],
            [CreditBuilder.NewCode(), null, null],
            [CreditBuilder.NewCode(), "工程师格式错", "王芳"],
            ["91350100M000100Y43", "好公司", null]));

        Assert.Equal("好公司", Assert.Single(result.Firms).Firm.Name);
        Assert.Equal([(2, "A"), (3, "B"), (4, "C")], result.Rejected.Select(r => (r.Row, r.Column!)));
        Assert.Contains("第 18 位", result.Rejected[0].Message);
    }

    [Fact]
    public void A_file_that_is_not_a_workbook_or_has_no_roster_header_is_refused()
    {
        Assert.NotNull(FirmRosterReader.Read(new MemoryStream(Encoding.UTF8.GetBytes("统一社会信用代码,企业名称"))).Refusal);
        Assert.Contains("表头", FirmRosterReader.Read(Roster(["名称", "地址"], ["甲", "乙"])).Refusal);
    }
}
