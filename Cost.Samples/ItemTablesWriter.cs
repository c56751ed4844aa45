using Cost.Domain.Bills;
using Cost.Domain.Pricing;

namespace Cost.Samples;

/// <summary>Writes 表-04, 表-11, 表-12 and 表-13 of a unit work with the amounts the system computes.</summary>
internal static class ItemTablesWriter
{
    public static void Summary(TableSheet s, UnitWork unit, UnitWorkPrice price)
    {
        s.Title("单位工程招标控制价汇总表");
        s.ProjectLine(unit.Name, 1, 1);
        s.Header("序号", "汇总内容", "金额（元）", "其中：暂估价（元）");
        Row(s, "1", "分部分项工程", price.MeasuredWorks);
        var divisions = unit.Lines.Where(l => l.Kind == LineKind.MeasuredWork).GroupBy(DivisionHeadings.Of).ToList();
        for (var i = 0; i < divisions.Count; i++)
        {
            Row(s, $"1.{i + 1}", divisions[i].Key, divisions[i].Sum(l => l.Amount));
        }

        Row(s, "2", "措施项目", price.Measures);
        Row(s, "2.1", "其中：安全文明施工费", price.SafetyCivilization);
        Row(s, "3", "其他项目", price.OtherItems);
        Row(s, "3.1", "其中：暂列金额", unit.OtherItems.Contingency);
        Row(s, "3.2", "其中：专业工程暂估价", unit.OtherItems.ProfessionalProvisional);
        Row(s, "3.3", "其中：计日工", unit.OtherItems.Daywork);
        Row(s, "3.4", "其中：总承包服务费", unit.OtherItems.MainContractorAttendance);
        Row(s, "4", "规费", price.StatutoryFees);
        Row(s, "5", "税金", price.Tax);
        Row(s, string.Empty, "招标控制价合计=1+2+3+4+5", price.Total);
    }

    public static void LumpSums(TableSheet s, UnitWork unit, UnitWorkPricing pricing)
    {
        s.Title("总价措施项目清单与计价表");
        s.ProjectLine(unit.Name, 1, 1);
        s.Header("序号", "项目编码", "项目名称", "计算基础", "费率（%）", "金额（元）", "调整费率（%）", "调整后金额（元）", "备注");
        for (var i = 0; i < unit.LumpSums.Length; i++)
        {
            var m = unit.LumpSums[i];
            s.Number(1, i + 1, money: false);
            s.Code(2, m.Code);
            s.Text(3, m.Name);
            s.Text(4, m.BaseText);
            s.Number(5, m.RatePercent, money: false);
            s.Number(6, pricing.LumpSums[i].Amount);
            s.NextRow();
        }

        s.Text(3, "合计");
        s.Number(6, pricing.Price.LumpSumMeasures);
        s.NextRow();
    }

    public static void OtherItems(TableSheet s, UnitWork unit)
    {
        var o = unit.OtherItems;
        s.Title("其他项目清单与计价汇总表");
        s.ProjectLine(unit.Name, 1, 1);
        s.Header("序号", "项目名称", "金额（元）", "结算金额（元）", "备注");
        Row(s, "1", "暂列金额", o.Contingency);
        Row(s, "2", "暂估价", o.ProfessionalProvisional);
        s.Text(1, "2.1");
        s.Text(2, "材料（工程设备）暂估价/结算价");
        s.Text(3, "—");
        s.NextRow();
        Row(s, "2.2", "专业工程暂估价/结算价", o.ProfessionalProvisional);
        Row(s, "3", "计日工", o.Daywork);
        Row(s, "4", "总承包服务费", o.MainContractorAttendance);
        Row(s, string.Empty, "合计", o.Total);
    }

    public static void FeesAndTax(TableSheet s, UnitWork unit, UnitWorkPricing pricing, RuleSet ruleSet)
    {
        var price = pricing.Price;
        s.Title("规费、税金项目计价表");
        s.ProjectLine(unit.Name, 1, 1);
        s.Header("序号", "项目名称", "计算基础", "计算基数", "计算费率（%）", "金额（元）");
        if (!unit.Fees.IsEmpty)
        {
            Row(s, "1", "规费", price.StatutoryFees, amountColumn: 6);
        }

        for (var i = 0; i < unit.Fees.Length; i++)
        {
            var f = unit.Fees[i];
            s.Text(1, f.Number);
            s.Text(2, f.Name);
            s.Text(3, f.BaseText);
            s.Number(5, f.RatePercent, money: false);
            s.Number(6, pricing.Fees[i].Amount);
            s.NextRow();
        }

        s.Text(1, "2");
        s.Text(2, "税金");
        s.Text(3, "分部分项工程费+措施项目费+其他项目费+规费");
        s.Number(4, price.TaxBase);
        s.Number(5, (unit.StatedVatRate ?? ruleSet.VatRate) * 100m, money: false);
        s.Number(6, price.Tax);
        s.NextRow();
        Row(s, string.Empty, "合计", price.StatutoryFees + price.Tax, amountColumn: 6);
    }

    private static void Row(TableSheet s, string number, string name, decimal amount, int amountColumn = 3)
    {
        s.Text(1, number);
        s.Text(2, name);
        s.Number(amountColumn, amount);
        s.NextRow();
    }
}
