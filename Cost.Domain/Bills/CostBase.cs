namespace Cost.Domain.Bills;

/// <summary>
/// The sums a 计算基础 can name. 措施项目费 is unit-priced plus lump-sum measures.
/// </summary>
[Flags]
public enum CostBase
{
    None = 0,

    /// <summary>分部分项工程费.</summary>
    MeasuredWorks = 1,

    /// <summary>单价措施项目费.</summary>
    UnitPricedMeasures = 2,

    /// <summary>总价措施项目费.</summary>
    LumpSumMeasures = 4,

    /// <summary>其他项目费.</summary>
    OtherItems = 8,

    /// <summary>规费.</summary>
    StatutoryFees = 16,

    /// <summary>措施项目费 = 单价措施项目费 + 总价措施项目费.</summary>
    Measures = UnitPricedMeasures | LumpSumMeasures,
}
