using System.Collections.Immutable;
using System.Globalization;
using Cost.Domain.Bills;
using Cost.Domain.Pricing;

namespace Cost.Web.RuleSets;

/// <summary>
/// A rule set: code, name, kind ("national" | "provincial"), the day it is in force from, whether its values
/// are samples, and each check it makes.
/// </summary>
public sealed record RuleSetJson(string Code, string Name, string Kind, DateOnly InForceFrom, bool SampleValues, ImmutableArray<RuleSetCheckJson> Checks)
{
    public static RuleSetJson From(RuleSet r) => new(
        r.Code, r.Name, r.Kind == RuleSetKind.Provincial ? "provincial" : "national", r.InForceFrom, r.SampleValues,
        [.. r.TaxRules.Select(t => Tax(r, t)), .. r.NonCompetitiveFees.SelectMany(NonCompetitive), .. r.AbolishedFees.Select(Abolished)]);

    private static RuleSetCheckJson Tax(RuleSet r, TaxRule t) => r.Kind == RuleSetKind.Provincial
        ? new(FindingRules.TaxRate, "error", "表-13", $"税金（{TaxMethodCodes.Name(t.Method)}）", t.RatePercent, t.BaseText,
            $"{t.Name}的增值税率为 {Percent(t.RatePercent)}%，表-13 所填税率不同即为错误；税金按 {Percent(t.RatePercent)}% 计算")
        : new(FindingRules.Tax, "warning", "表-13", $"税金（{TaxMethodCodes.Name(t.Method)}）", t.RatePercent, t.BaseText,
            $"{t.Name}的增值税率为 {Percent(t.RatePercent)}%，表-13 所填税率不同时提示；税金按 {Percent(t.RatePercent)}% 计算");

    // GB 50500-2013 §3.1.5–3.1.6: 安全文明施工费 and 规费 are priced as the province rules, never open to competition.
    private static IEnumerable<RuleSetCheckJson> NonCompetitive(NonCompetitiveFee f)
    {
        var table = f.Table == PricedTable.LumpSumMeasures ? "表-11" : "表-13";
        var item = f.Code is { } code ? $"{f.Name}（{code}）" : f.Name;
        yield return new(FindingRules.NonCompetitiveRate, "error", table, item, f.RatePercent, f.BaseText,
            $"{table}“{f.Name}”为不可竞争费，费率须为 {Percent(f.RatePercent)}%（按所写数值比较，3.8 与 3.80 相同）");
        yield return new(FindingRules.NonCompetitiveBase, "error", table, item, f.RatePercent, f.BaseText,
            $"{table}“{f.Name}”的计算基础须为“{f.BaseText}”（去空格、全角转半角后比较）");
        if (f.Required)
        {
            yield return new(FindingRules.MissingFee, "error", table, item, f.RatePercent, f.BaseText,
                $"{table}必须计取“{f.Name}”：缺项或金额为零即为错误");
        }
    }

    private static RuleSetCheckJson Abolished(AbolishedFee a) => new(FindingRules.AbolishedFee, "error", null, a.Name, null, null,
        $"“{a.Name}”已于 {a.EndedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} 取消：表-11 或表-13 中计取（金额大于零）即为错误");

    private static string Percent(decimal value) => value.ToString("0.####", CultureInfo.InvariantCulture);
}
