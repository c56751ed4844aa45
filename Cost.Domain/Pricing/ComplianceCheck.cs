using System.Collections.Immutable;
using System.Globalization;
using Cost.Domain.Bills;
using Cost.Domain.Prices;

namespace Cost.Domain.Pricing;

/// <summary>
/// Checks a unit work against its rule set beyond the arithmetic: 不可竞争费 at the province's rate
/// and base, required fees present and priced, abolished fees not priced, and the 税金 rate of the
/// tender's tax method. Pure: the caller places each breach at its cell.
/// </summary>
public static class ComplianceCheck
{
    /// <summary>
    /// The breaches of <paramref name="unit"/>, priced as <paramref name="pricing"/> (amounts of its 表-11 and
    /// 表-13 items in table order), under <paramref name="ruleSet"/> applied with the tender's tax method.
    /// </summary>
    public static ImmutableArray<ComplianceBreach> Check(UnitWork unit, UnitWorkPricing pricing, RuleSet ruleSet)
    {
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(pricing);
        ArgumentNullException.ThrowIfNull(ruleSet);
        var items = Items(unit, pricing);
        var breaches = ImmutableArray.CreateBuilder<ComplianceBreach>();
        foreach (var fee in ruleSet.NonCompetitiveFees)
        {
            CheckNonCompetitive(fee, items.Where(i => i.Table == fee.Table && fee.Matches(i.Code, i.Name)).ToList(), ruleSet, breaches);
        }

        foreach (var item in items.Where(i => i.Amount > 0m))
        {
            if (ruleSet.AbolishedFees.FirstOrDefault(a => a.Matches(item.Name)) is { } abolished)
            {
                breaches.Add(new ComplianceBreach(FindingRules.AbolishedFee, FindingSeverity.Error, item.Place, item.Index,
                    $"{item.Name}已于 {abolished.EndedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} 取消，{ruleSet.Code} 下不得计取（计 {item.Amount.ToString("#,0.00", CultureInfo.InvariantCulture)} 元）", item.Amount, 0m));
            }
        }

        CheckTaxRate(unit, ruleSet, breaches);
        return breaches.ToImmutable();
    }

    // GB 50500-2013 §3.1.5 (安全文明施工费) and §3.1.6 (规费): priced as the province rules, never open to competition.
    private static void CheckNonCompetitive(NonCompetitiveFee fee, List<Item> matched, RuleSet ruleSet, ImmutableArray<ComplianceBreach>.Builder breaches)
    {
        var label = fee.Table == PricedTable.LumpSumMeasures ? "表-11" : "表-13";
        if (matched.Count == 0 && fee.Required)
        {
            var place = fee.Table == PricedTable.LumpSumMeasures ? BreachPlace.LumpSumTable : BreachPlace.FeeTable;
            breaches.Add(new ComplianceBreach(FindingRules.MissingFee, FindingSeverity.Error, place, 0,
                $"{label}缺少“{fee.Name}”：{ruleSet.Code} 规定为必须计取的不可竞争费（{fee.BaseText} × {Percent(fee.RatePercent)}%）", Expected: fee.RatePercent));
            return;
        }

        foreach (var item in matched)
        {
            if (fee.Required && item.Amount <= 0m)
            {
                breaches.Add(new ComplianceBreach(FindingRules.MissingFee, FindingSeverity.Error, item.Place, item.Index,
                    $"{item.Name}计为零：{ruleSet.Code} 规定为必须计取的不可竞争费，应按 {fee.BaseText} × {Percent(fee.RatePercent)}% 计取", item.Rate, fee.RatePercent));
                continue;
            }

            if (item.Rate != fee.RatePercent)
            {
                var stated = item.Rate is { } r ? $"费率 {Percent(r)}%" : "未填费率";
                breaches.Add(new ComplianceBreach(FindingRules.NonCompetitiveRate, FindingSeverity.Error, item.Place, item.Index,
                    $"{item.Name}{stated}，{ruleSet.Code} 规定为 {Percent(fee.RatePercent)}%（不可竞争费，不得调整）", item.Rate, fee.RatePercent));
            }

            if (SpecText.Key(item.BaseText) != SpecText.Key(fee.BaseText))
            {
                var stated = item.BaseText.Trim().Length > 0 ? $"计算基础“{item.BaseText.Trim()}”" : "未填计算基础";
                breaches.Add(new ComplianceBreach(FindingRules.NonCompetitiveBase, FindingSeverity.Error, item.Place, item.Index,
                    $"{item.Name}{stated}，{ruleSet.Code} 规定为“{fee.BaseText}”（不可竞争费，不得调整）", item.Rate, fee.RatePercent));
            }
        }
    }

    // A provincial rule set fixes the rate of each tax method: another rate is an error. A national edition
    // only warns (the tender is priced at the rule set's rate either way).
    private static void CheckTaxRate(UnitWork unit, RuleSet ruleSet, ImmutableArray<ComplianceBreach>.Builder breaches)
    {
        if (unit.StatedVatRate is not { } stated || stated == ruleSet.VatRate)
        {
            return;
        }

        var statedPercent = stated * 100m;
        var rule = ruleSet.Tax;
        var method = TaxMethodCodes.Name(rule.Method);
        breaches.Add(ruleSet.Kind == RuleSetKind.Provincial
            ? new ComplianceBreach(FindingRules.TaxRate, FindingSeverity.Error, BreachPlace.Tax, 0,
                $"税率 {Percent(statedPercent)}% 与 {ruleSet.Code} {method}的增值税率 {Percent(rule.RatePercent)}% 不符，已按 {Percent(rule.RatePercent)}% 计算",
                statedPercent, rule.RatePercent)
            : new ComplianceBreach(FindingRules.Tax, FindingSeverity.Warning, BreachPlace.Tax, 0,
                $"税率 {Percent(statedPercent)}% 与 {ruleSet.Code} {method}的增值税率 {Percent(rule.RatePercent)}% 不同，已按 {Percent(rule.RatePercent)}% 计算",
                statedPercent, rule.RatePercent));
    }

    private static List<Item> Items(UnitWork unit, UnitWorkPricing pricing) =>
    [
        .. unit.LumpSums.Select((m, i) => new Item(PricedTable.LumpSumMeasures, BreachPlace.LumpSum, i, m.Code, m.Name, m.BaseText, m.RatePercent, pricing.LumpSums[i].Amount)),
        .. unit.Fees.Select((f, i) => new Item(PricedTable.StatutoryFees, BreachPlace.Fee, i, null, f.Name, f.BaseText, f.RatePercent, pricing.Fees[i].Amount)),
    ];

    private static string Percent(decimal value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    private sealed record Item(PricedTable Table, BreachPlace Place, int Index, string? Code, string Name, string BaseText, decimal? Rate, decimal Amount);
}
