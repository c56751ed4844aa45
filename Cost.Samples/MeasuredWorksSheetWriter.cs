using Cost.Domain.Bills;

namespace Cost.Samples;

/// <summary>
/// Writes a unit work's 表-08 as pricing software prints it: pages of N lines, each with title,
/// 工程名称 line, two-row header and 本页小计; 分部 headings with 分部小计; a final 合计.
/// </summary>
internal static class MeasuredWorksSheetWriter
{
    public const string Title = "分部分项工程和单价措施项目清单与计价表";

    private const int Code = 2, Name = 3, Features = 4, Unit = 5, Quantity = 6, Rate = 7, Amount = 8, Provisional = 9;

    public static void Write(TableSheet sheet, UnitWork unit, BoqWriteOptions options)
    {
        var lines = unit.Lines;
        var perPage = Math.Max(1, options.LinesPerPage);
        var pages = Math.Max(1, (lines.Length + perPage - 1) / perPage);
        var page = 1;
        PageTop(sheet, unit.Name, page, pages);
        if (lines.IsEmpty)
        {
            Subtotal(sheet, "本页小计", 0m);
            Subtotal(sheet, "合计", 0m);
            return;
        }

        decimal division = 0m, pageSum = 0m, total = 0m;
        var onPage = 0;
        string? heading = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var key = DivisionHeadings.Of(line);
            if (key != heading)
            {
                heading = key;
                sheet.Text(Name, key);
                sheet.Bold(Name);
                sheet.NextRow();
            }

            sheet.Number(1, i + 1, money: false);
            sheet.Code(Code, line.ItemCode);
            sheet.Text(Name, line.Name);
            sheet.Text(Features, line.Features);
            sheet.Text(Unit, line.Unit);
            sheet.Number(Quantity, line.Quantity, money: false);
            sheet.Number(Rate, line.UnitRate);
            sheet.Number(Amount, line.Amount);
            sheet.Number(Provisional, line.ProvisionalInRate);
            sheet.NextRow();

            division += line.Amount;
            pageSum += line.Amount;
            total += line.Amount;
            onPage++;
            var last = i == lines.Length - 1;
            if (last || DivisionHeadings.Of(lines[i + 1]) != key)
            {
                Subtotal(sheet, "分部小计", division);
                division = 0m;
            }

            if (last || onPage == perPage)
            {
                Subtotal(sheet, "本页小计", pageSum);
                pageSum = 0m;
                onPage = 0;
                if (last)
                {
                    Subtotal(sheet, "合计", total);
                }
                else
                {
                    sheet.NextRow(); // a blank row between printed pages
                    PageTop(sheet, unit.Name, ++page, pages);
                }
            }
        }
    }

    private static void PageTop(TableSheet sheet, string unitName, int page, int pages)
    {
        sheet.Title(Title);
        sheet.ProjectLine(unitName, page, pages);
        sheet.TwoRowHeader(["序号", "项目编码", "项目名称", "项目特征描述", "计量\n单位", "工程量"], "金额（元）",
            ["综合\n单价", "合价", "其中：\n暂估价"]);
    }

    private static void Subtotal(TableSheet sheet, string label, decimal amount)
    {
        sheet.Text(Name, label);
        sheet.Number(Amount, amount);
        sheet.NextRow();
    }
}
