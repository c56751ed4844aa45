namespace Cost.Domain.Indicators;

/// <summary>
/// One published value of the tender price index: a project type and the month of its awards, how many
/// awards it rests on, their median award ratio (中标价 ÷ 最高投标限价), the type's composite cost index of
/// that month, and the tender price index (median ratio × composite index; null without a composite index).
/// </summary>
public sealed record TenderPriceCell(string ProjectType, YearMonth Month, int Count, double MedianRatio, double? CompositeIndex, double? Value);
