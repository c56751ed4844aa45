namespace Cost.Domain.Indicators;

/// <summary>What an indicator measures: its code, Chinese name, unit, group (造价 / 单位工程 / 消耗量 / 中标), and whether it is money (brought to today's prices by index).</summary>
public sealed record IndicatorMeasure(string Code, string Name, string Unit, string Group, bool IsMoney);
