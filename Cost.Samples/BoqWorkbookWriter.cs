using System.Globalization;
using ClosedXML.Excel;
using Cost.Domain.Bills;
using Cost.Domain.Pricing;
using Cost.Domain.Projects;

namespace Cost.Samples;

/// <summary>
/// Writes a bill as pricing software exports it (GB/T 50500-2013 forms): a 封面 sheet, then per unit
/// work 表-04, 表-08, a 表-09 综合单价分析表 (which readers must ignore), 表-11, 表-12 and 表-13. Every
/// stated amount is the one the system computes under the rule set, so the workbook reads back
/// without errors. Sheet names vary on purpose ("表-08", "Sheet5", "建筑 分部分项").
/// </summary>
public static class BoqWorkbookWriter
{
    private static readonly double[] MeasuredWidths = [6, 15, 24, 36, 8, 12, 12, 14, 12];
    private static readonly double[] ItemWidths = [8, 16, 30, 34, 12, 14, 12, 14, 10];

    public static void Write(Boq boq, RuleSet ruleSet, Stream output, BoqWriteOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(boq);
        ArgumentNullException.ThrowIfNull(ruleSet);
        ArgumentNullException.ThrowIfNull(output);
        options ??= BoqWriteOptions.Default;
        using var workbook = new XLWorkbook();
        var names = new SheetNames();
        WriteCover(workbook, boq, ruleSet, options);
        if (options.Signatories is { } signatories)
        {
            WriteTitlePage(workbook, boq, ruleSet, options, signatories);
        }

        for (var u = 0; u < boq.UnitWorks.Length; u++)
        {
            var unit = boq.UnitWorks[u];
            var pricing = CeilingPriceCalculator.PriceUnitWork(unit, ruleSet);
            ItemTablesWriter.Summary(Sheet(workbook, names.Next(u, 0, "表-04", unit.Name, "汇总"), options, ItemWidths), unit, pricing.Price);
            MeasuredWorksSheetWriter.Write(Sheet(workbook, names.Next(u, 1, "表-08", unit.Name, "分部分项"), options, MeasuredWidths), unit, options);
            WriteUnitRateAnalysis(Sheet(workbook, names.Next(u, 2, "表-09", unit.Name, "综合单价分析"), options, MeasuredWidths), unit);
            ItemTablesWriter.LumpSums(Sheet(workbook, names.Next(u, 3, "表-11", unit.Name, "总价措施"), options, ItemWidths), unit, pricing);
            ItemTablesWriter.OtherItems(Sheet(workbook, names.Next(u, 4, "表-12", unit.Name, "其他项目"), options, ItemWidths), unit);
            ItemTablesWriter.FeesAndTax(Sheet(workbook, names.Next(u, 5, "表-13", unit.Name, "规费税金"), options, ItemWidths), unit, pricing, ruleSet);
        }

        workbook.SaveAs(output);
    }

    private static TableSheet Sheet(XLWorkbook workbook, string name, BoqWriteOptions options, double[] widths) =>
        new(workbook.Worksheets.Add(name), options, widths);

    private static void WriteCover(XLWorkbook workbook, Boq boq, RuleSet ruleSet, BoqWriteOptions options)
    {
        var sheet = workbook.Worksheets.Add("封面");
        var tender = options.TenderName ?? TenderOf(boq);
        var total = CeilingPriceCalculator.Price(boq, ruleSet).Total;
        sheet.Column(1).Width = 20;
        sheet.Column(2).Width = 50;
        sheet.Cell(2, 2).SetValue($"{tender} 工程");
        sheet.Cell(2, 2).Style.Font.FontSize = 18;
        sheet.Cell(4, 2).SetValue("招 标 控 制 价");
        sheet.Cell(4, 2).Style.Font.FontSize = 22;
        sheet.Cell(6, 1).SetValue("招标控制价（小写）：");
        sheet.Cell(6, 2).SetValue(total.ToString("#,0.00", CultureInfo.InvariantCulture) + " 元");
        sheet.Cell(8, 1).SetValue("招 标 人：");
        sheet.Cell(9, 1).SetValue("造价咨询人：");
        sheet.Cell(10, 1).SetValue("计价依据：");
        sheet.Cell(10, 2).SetValue(ruleSet.Name);
    }

    /// <summary>
    /// The 扉页 (扉-2) as pricing software prints it: the 编制人's name in the cell after the label with the registration
    /// number in the row below, the 复核人's name and number together in one cell, each followed by the seal instruction.
    /// </summary>
    private static void WriteTitlePage(XLWorkbook workbook, Boq boq, RuleSet ruleSet, BoqWriteOptions options, Signatories signatories)
    {
        var sheet = workbook.Worksheets.Add("扉页");
        var total = CeilingPriceCalculator.Price(boq, ruleSet).Total;
        foreach (var (column, width) in new[] { (1, 14.0), (2, 18.0), (3, 22.0), (4, 14.0), (5, 30.0), (6, 22.0) })
        {
            sheet.Column(column).Width = width;
        }

        sheet.Cell(2, 2).SetValue($"{options.TenderName ?? TenderOf(boq)} 工程");
        sheet.Cell(4, 2).SetValue("招标控制价");
        sheet.Cell(6, 1).SetValue("招标控制价（小写）：");
        sheet.Cell(6, 2).SetValue(total.ToString("#,0.00", CultureInfo.InvariantCulture));
        sheet.Cell(9, 1).SetValue("招 标 人：");
        sheet.Cell(9, 3).SetValue("（单位盖章）");
        sheet.Cell(9, 4).SetValue("造价咨询人：");
        sheet.Cell(9, 6).SetValue("（单位资质专用章）");
        sheet.Cell(12, 1).SetValue("编 制 人：");
        sheet.Cell(12, 3).SetValue("（造价人员签字盖专用章）");
        sheet.Cell(12, 4).SetValue("复 核 人：");
        sheet.Cell(12, 6).SetValue("（造价工程师签字盖专用章）");
        if (signatories.Compiler is { } compiler)
        {
            sheet.Cell(12, 2).SetValue(compiler.Name);
            if (compiler.RegistrationNumber is { } number)
            {
                sheet.Cell(13, 2).SetValue($"注册号：{number}");
            }
        }

        if (signatories.Reviewer is { } reviewer)
        {
            sheet.Cell(12, 5).SetValue(reviewer.ToString());
        }

        sheet.Cell(15, 1).SetValue("编制时间：");
        sheet.Cell(15, 4).SetValue("复核时间：");
    }

    /// <summary>A 表-09-like sheet: readers must ignore it (its title is none of the tables they read).</summary>
    private static void WriteUnitRateAnalysis(TableSheet s, UnitWork unit)
    {
        s.Title("综合单价分析表");
        s.ProjectLine(unit.Name, 1, 1);
        foreach (var line in unit.Lines.Take(3))
        {
            s.Header("项目编码", line.ItemCode, "项目名称", line.Name, "计量单位", line.Unit, "工程量", "1");
            s.Header("清单综合单价组成明细");
            s.Header("定额编号", "定额名称", "定额单位", "数量", "人工费", "材料费", "机械费", "管理费和利润");
            s.NextRow();
        }
    }

    private static string TenderOf(Boq boq)
    {
        var first = boq.UnitWorks.FirstOrDefault()?.Name ?? string.Empty;
        var dash = first.LastIndexOf('-');
        return dash > 0 ? first[..dash] : first;
    }

    /// <summary>Sheet names in the mix real exports show, unique within the workbook (31 characters at most).</summary>
    private sealed class SheetNames
    {
        private readonly HashSet<string> _used = new(StringComparer.OrdinalIgnoreCase) { "封面", "扉页" };
        private int _count = 1;

        public string Next(int unit, int table, string form, string unitName, string subject)
        {
            _count++;
            var name = ((unit + table) % 3) switch
            {
                0 => unit == 0 ? form : $"{form} ({unit + 1})",
                1 => $"Sheet{_count}",
                _ => $"{Short(unitName)} {subject}",
            };
            name = new string([.. name.Where(c => c is not ('[' or ']' or ':' or '*' or '?' or '/' or '\\'))]);
            name = name.Length > 28 ? name[..28] : name;
            var unique = name;
            for (var n = 2; !_used.Add(unique); n++)
            {
                unique = $"{name}{n}";
            }

            return unique;
        }

        private static string Short(string unitName)
        {
            var part = unitName[(unitName.LastIndexOf('-') + 1)..].Trim();
            return part.Length > 2 ? part[..2] : part.Length == 0 ? "单位" : part;
        }
    }
}
