namespace Cost.Domain.Bills;

/// <summary>
/// Reads a 计算基础 text such as "分部分项工程费+单价措施项目费" into the sums it names. Anything the
/// system does not compute (定额人工费, 定额基价, …) makes the whole base unknown, and the item is taken
/// as stated (docs/filing-review.md).
/// </summary>
public static class CostBaseParser
{
    // Longest names first so that 单价措施项目费 is not read as 措施项目费.
    private static readonly (string Name, CostBase Part)[] Names =
    [
        ("分部分项工程费", CostBase.MeasuredWorks),
        ("单价措施项目费", CostBase.UnitPricedMeasures),
        ("总价措施项目费", CostBase.LumpSumMeasures),
        ("措施项目费", CostBase.Measures),
        ("其他项目费", CostBase.OtherItems),
        ("规费", CostBase.StatutoryFees),
    ];

    /// <summary>The parts named, or null when the text is empty or names anything else.</summary>
    public static CostBase? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var result = CostBase.None;
        foreach (var term in text.Replace('＋', '+').Split('+'))
        {
            var name = string.Concat(term.Where(c => !char.IsWhiteSpace(c)));
            var match = Array.Find(Names, n => n.Name == name);
            if (match.Name is null)
            {
                return null;
            }

            result |= match.Part;
        }

        return result;
    }
}
