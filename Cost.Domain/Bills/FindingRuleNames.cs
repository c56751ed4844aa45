using System.Collections.Frozen;

namespace Cost.Domain.Bills;

/// <summary>
/// The Chinese name of each finding rule (<see cref="FindingRules"/>), as the project page and the
/// findings workbook show it next to the code.
/// </summary>
public static class FindingRuleNames
{
    private static readonly FrozenDictionary<string, string> Names = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [FindingRules.LineAmount] = "合价计算",
        [FindingRules.Subtotal] = "分部小计",
        [FindingRules.PageSubtotal] = "本页小计",
        [FindingRules.TableTotal] = "表格合计",
        [FindingRules.LumpSum] = "总价措施费计算",
        [FindingRules.Fee] = "规费计算",
        [FindingRules.Tax] = "税金计算",
        [FindingRules.Summary] = "汇总表金额",
        [FindingRules.ItemCode] = "项目编码格式",
        [FindingRules.DuplicateCode] = "项目编码重复",
        [FindingRules.Number] = "数字格式",
        [FindingRules.MissingTable] = "缺少表格",
        [FindingRules.UnitSpelling] = "计量单位写法",
        [FindingRules.UnitRate] = "综合单价异常",
        [FindingRules.ProjectName] = "工程名称不符",
        [FindingRules.NonCompetitiveRate] = "不可竞争费费率",
        [FindingRules.NonCompetitiveBase] = "不可竞争费计算基础",
        [FindingRules.MissingFee] = "缺少必列费用",
        [FindingRules.AbolishedFee] = "已取消的费用",
        [FindingRules.TaxRate] = "税率不符",
        [FindingRules.MaterialPrice] = "材料价格偏离信息价",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The rule's Chinese name; a code this build does not know (from a newer version) is shown as it is.</summary>
    public static string Of(string rule) => Names.GetValueOrDefault(rule, rule);

    /// <summary>The name followed by the code, as a column that must stay filterable by code shows it: 合价计算（line-amount）.</summary>
    public static string WithCode(string rule) => Names.TryGetValue(rule, out var name) ? $"{name}（{rule}）" : rule;
}
