using System.Collections.Immutable;
using ClosedXML.Excel;
using Cost.Domain.Bills;
using Cost.Domain.Pricing;

namespace Cost.Tests.Importers.Bills;

/// <summary>
/// 表-02 建设项目 and 表-03 单项工程 summaries above the unit works: each unit work learns its 单项工程, every
/// stated amount is checked like 表-04, and the ceiling price stays the sum of the unit works.
/// </summary>
public class LevelSummaryTests
{
    private const string Building1 = "某住宅小区1号楼", Building2 = "某住宅小区2号楼";

    // Two 单项工程 with a unit work of the same trade each: 表-03 rows name the trade only.
    private static readonly Boq Bill = new(
    [
        .. new[] { $"{Building1}-建筑与装饰工程", $"{Building1}-电气工程", $"{Building2}-建筑与装饰工程" }
            .Select(name => BoqBuilder.Typical().Named(name).Build().UnitWorks[0]),
    ]);

    private static readonly ImmutableArray<UnitWorkPrice> Prices = CeilingPriceCalculator.Price(Bill, Workbooks.RuleSet).Units;

    [Fact]
    public void Each_unit_work_carries_the_single_work_whose_summary_lists_it()
    {
        var result = Workbooks.Read(WithLevels());

        Assert.Empty(result.Errors());
        Assert.Equal([Building1, Building1, Building2], result.Boq!.UnitWorks.Select(u => u.SingleWork));
        Assert.Equal(Prices.Sum(p => p.Total), CeilingPriceCalculator.Price(result.Boq, Workbooks.RuleSet).Total);
        Assert.Equal(Building1, CeilingPriceCalculator.Price(result.Boq, Workbooks.RuleSet).Units[0].SingleWork);
    }

    [Fact]
    public void Without_single_work_summaries_the_single_work_is_null()
    {
        var result = Workbooks.Read(Workbooks.Write(Bill));

        Assert.All(result.Boq!.UnitWorks, u => Assert.Null(u.SingleWork));
    }

    [Fact]
    public void A_wrong_unit_amount_in_a_single_work_summary_is_an_error_at_its_cell()
    {
        var result = Workbooks.Read(WithLevels(edit: wb => Row(wb, "单项工程招标控制价汇总表", "电气工程").Cell(3).SetValue(1m)));

        var error = Assert.Single(result.Errors());
        Assert.Equal((FindingRules.Summary, "C", 1m, Prices[1].Total), (error.Rule, error.Column, error.Stated, error.Expected));
        Assert.Equal($"{Building1}-电气工程", error.Unit);
    }

    [Fact]
    public void The_project_summary_total_and_safety_fee_are_checked()
    {
        var result = Workbooks.Read(WithLevels(edit: wb =>
        {
            Row(wb, "建设项目招标控制价汇总表", "合计").Cell(3).SetValue(1m);
            Row(wb, "建设项目招标控制价汇总表", Building2).Cell(5).SetValue(2m);
        }));

        var errors = result.Errors().OrderBy(e => e.Stated).ToList();
        Assert.Equal([(1m, Prices.Sum(p => p.Total)), (2m, Prices[2].SafetyCivilization)], errors.Select(e => (e.Stated!.Value, e.Expected!.Value)));
        Assert.All(errors, e => Assert.Equal(FindingRules.Summary, e.Rule));
    }

    [Fact]
    public void A_single_work_summary_listing_a_unit_work_the_workbook_lacks_is_an_error()
    {
        var result = Workbooks.Read(WithLevels(edit: wb => Row(wb, "单项工程招标控制价汇总表", "电气工程").Cell(2).SetValue("给排水工程")));

        Assert.Contains(result.Errors(), e => e.Rule == FindingRules.Summary && e.Message.Contains("给排水工程", StringComparison.Ordinal));
    }

    /// <summary>The bill with a 表-02 and a 表-03 per building in front, stated as the system computes them.</summary>
    private static byte[] WithLevels(Action<XLWorkbook>? edit = null) => Workbooks.Edit(Workbooks.Write(Bill), wb =>
    {
        var project = wb.Worksheets.Add("表-02", 2);
        SummarySheet(project, "建设项目招标控制价汇总表", "某住宅小区", "单项工程名称",
            [(Building1, Prices.Take(2)), (Building2, Prices.Skip(2))]);
        SummarySheet(wb.Worksheets.Add("表-03 (1)", 3), "单项工程招标控制价汇总表", Building1, "单位工程名称",
            [("建筑与装饰工程", Prices.Take(1)), ("电气工程", Prices.Skip(1).Take(1))]);
        SummarySheet(wb.Worksheets.Add("表-03 (2)", 4), "单项工程招标控制价汇总表", Building2, "单位工程名称",
            [("建筑与装饰工程", Prices.Skip(2))]);
        edit?.Invoke(wb);
    });

    private static void SummarySheet(IXLWorksheet sheet, string title, string name, string nameHeader,
        IEnumerable<(string Name, IEnumerable<UnitWorkPrice> Units)> rows)
    {
        sheet.Cell(1, 1).SetValue(title);
        sheet.Cell(2, 1).SetValue($"工程名称：{name}");
        string[] header = ["序号", nameHeader, "金额（元）", "其中：（元）"];
        for (var c = 0; c < header.Length; c++)
        {
            sheet.Cell(3, c + 1).SetValue(header[c]);
        }

        sheet.Cell(4, 4).SetValue("暂估价");
        sheet.Cell(4, 5).SetValue("安全文明施工费");
        sheet.Cell(4, 6).SetValue("规费");
        var r = 5;
        var all = new List<UnitWorkPrice>();
        foreach (var (rowName, units) in rows)
        {
            var list = units.ToList();
            all.AddRange(list);
            Write(sheet, r++, (r - 5).ToString(System.Globalization.CultureInfo.InvariantCulture), rowName, list);
        }

        Write(sheet, r, string.Empty, "合计", all);
    }

    private static void Write(IXLWorksheet sheet, int row, string number, string name, List<UnitWorkPrice> units)
    {
        sheet.Cell(row, 1).SetValue(number);
        sheet.Cell(row, 2).SetValue(name);
        sheet.Cell(row, 3).SetValue(units.Sum(u => u.Total));
        sheet.Cell(row, 4).SetValue(0m);
        sheet.Cell(row, 5).SetValue(units.Sum(u => u.SafetyCivilization));
        sheet.Cell(row, 6).SetValue(units.Sum(u => u.StatutoryFees));
    }

    private static IXLRow Row(XLWorkbook wb, string title, string name) =>
        wb.Worksheets.Where(s => s.Cell(1, 1).GetString() == title)
            .SelectMany(s => s.RowsUsed()).First(r => r.Cell(2).GetString() == name);
}
