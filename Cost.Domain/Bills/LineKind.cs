namespace Cost.Domain.Bills;

/// <summary>Which part of 表-08 a priced line belongs to.</summary>
public enum LineKind
{
    /// <summary>分部分项工程.</summary>
    MeasuredWork,

    /// <summary>单价措施项目: under a 措施项目 heading or with a measures prefix.</summary>
    UnitPricedMeasure,
}
