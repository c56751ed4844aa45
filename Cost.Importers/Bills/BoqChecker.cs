using System.Globalization;
using Cost.Domain.Bills;
using Cost.Domain.Pricing;

namespace Cost.Importers.Bills;

/// <summary>
/// Compares what 表-11, 表-12, 表-13 and 表-04 state with what the system computes for the unit work
/// (CeilingPriceCalculator): every disagreement is an error at its cell, with stated and expected.
/// </summary>
internal static class BoqChecker
{
    public static void CheckLumpSums(LumpSumTable table, UnitWorkPricing pricing, FindingSink sink)
    {
        for (var i = 0; i < table.Items.Length; i++)
        {
            CheckItem(FindingRules.LumpSum, table.Rows[i], table.Items[i].BaseText, table.Items[i].RatePercent, table.Items[i].StatedAmount, pricing.LumpSums[i], sink);
        }

        if (table.Total is { } total)
        {
            sink.CheckStated(FindingRules.TableTotal, total.At, total.Cell, pricing.Price.LumpSumMeasures, "总价措施合计", "各项金额之和");
        }
    }

    public static void CheckOtherItems(OtherItemsTable table, FindingSink sink)
    {
        if (table.Total is { } total)
        {
            sink.CheckStated(FindingRules.TableTotal, total.At, total.Cell, table.Items.Total, "其他项目合计", "暂列金额 + 专业工程暂估价 + 计日工 + 总承包服务费");
        }
    }

    public static void CheckFees(FeeTable table, UnitWorkPricing pricing, RuleSet ruleSet, FindingSink sink)
    {
        for (var i = 0; i < table.Fees.Length; i++)
        {
            CheckItem(FindingRules.Fee, table.FeeRows[i], table.Fees[i].BaseText, table.Fees[i].RatePercent, table.Fees[i].StatedAmount, pricing.Fees[i], sink);
        }

        foreach (var (row, leaves) in table.Parents)
        {
            var sum = leaves.Sum(i => pricing.Fees[i].Amount);
            sink.CheckStated(FindingRules.Fee, row.Amount.At, row.Amount.Cell, sum, row.Name, "其下各项费用之和", item: row.Item);
        }

        var price = pricing.Price;
        var vatPercent = ruleSet.VatRate * 100m;
        if (table.TaxRow is { } tax)
        {
            sink.CheckStated(FindingRules.Tax, tax.Amount.At, tax.Amount.Cell, price.Tax, "税金",
                $"（分部分项 + 措施 + 其他 + 规费）{CellText.Yuan(price.TaxBase)} × {Percent(vatPercent)}%", emptyIsFine: false, item: tax.Item);
        }

        if (table.Total is { } total)
        {
            sink.CheckStated(FindingRules.TableTotal, total.At, total.Cell, price.StatutoryFees + price.Tax, "规费、税金合计", "规费 + 税金");
        }
    }

    public static void CheckSummary(SummaryTable table, UnitWorkPrice price, OtherItems otherItems, FindingSink sink)
    {
        foreach (var (row, expected) in table.Rows)
        {
            sink.CheckStated(FindingRules.Summary, row.Amount.At, row.Amount.Cell, expected(price, otherItems), $"表-04“{row.Name}”", "系统计算值", item: row.Item);
        }
    }

    private static void CheckItem(string rule, ItemRow row, string baseText, decimal? rate, decimal? stated, PricedItem priced, FindingSink sink)
    {
        if (priced.Computed)
        {
            sink.CheckStated(rule, row.Amount.At, row.Amount.Cell, priced.Amount, $"{row.Name} 金额",
                $"{baseText} × {Percent(rate ?? 0m)}%", emptyIsFine: false, item: row.Item);
        }
        else if (baseText.Length > 0 || stated is not (null or 0m))
        {
            var why = CostBaseParser.Parse(baseText) is null || rate is not null
                ? $"计算基础“{baseText}”无法由系统计算"
                : "未填费率";
            sink.Warning(rule, row.Amount.At, $"{row.Name}：{why}，按所填金额 {CellText.Yuan(stated ?? 0m)} 计入", row.Item);
        }
    }

    private static string Percent(decimal value) => value.ToString("0.####", CultureInfo.InvariantCulture);
}
