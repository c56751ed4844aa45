using System.Collections.Immutable;
using Cost.Domain.Bills;
using Cost.Domain.Pricing;

namespace Cost.Importers.Bills;

/// <summary>
/// 表-04 as read: each stated total it carries, to be checked against the computed ceiling price.
/// Rows the system does not compute (the 分部 breakdown 1.1, 1.2, …) are skipped.
/// </summary>
internal sealed record SummaryTable(ImmutableArray<(ItemRow Row, Func<UnitWorkPrice, OtherItems, decimal> Expected)> Rows)
{
    public static SummaryTable Read(IEnumerable<TablePage> pages, FindingSink sink) =>
        new([.. ItemRow.Read(pages, sink)
            .Select(row => (row, Expected: ExpectedOf(row)))
            .Where(p => p.Expected is not null)
            .Select(p => (p.row, p.Expected!))]);

    private static Func<UnitWorkPrice, OtherItems, decimal>? ExpectedOf(ItemRow row)
    {
        var key = row.Key;
        bool Starts(string s) => key.StartsWith(s, StringComparison.Ordinal);
        bool Has(string s) => key.Contains(s, StringComparison.Ordinal);

        if (Has("安全文明"))
        {
            return (p, _) => p.SafetyCivilization;
        }

        if (Has("暂列金额"))
        {
            return (_, o) => o.Contingency;
        }

        if (Has("专业工程暂估"))
        {
            return (_, o) => o.ProfessionalProvisional;
        }

        if (Has("计日工"))
        {
            return (_, o) => o.Daywork;
        }

        if (Has("总承包服务费"))
        {
            return (_, o) => o.MainContractorAttendance;
        }

        if (row.IsTotal || Has("招标控制价") || Has("最高投标限价"))
        {
            return (p, _) => p.Total;
        }

        if (Starts("分部分项工程"))
        {
            return (p, _) => p.MeasuredWorks;
        }

        if (Starts("单价措施"))
        {
            return (p, _) => p.UnitPricedMeasures;
        }

        if (Starts("总价措施"))
        {
            return (p, _) => p.LumpSumMeasures;
        }

        if (Starts("措施项目"))
        {
            return (p, _) => p.Measures;
        }

        if (Starts("其他项目"))
        {
            return (p, _) => p.OtherItems;
        }

        if (Starts("规费"))
        {
            return (p, _) => p.StatutoryFees;
        }

        return Starts("税金") || Has("增值税") ? (p, _) => p.Tax : null;
    }
}
