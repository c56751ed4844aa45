namespace Cost.Domain.Indicators;

/// <summary>
/// One filed tender's value of one indicator, as filed (money measures are brought to today's prices only
/// when the cells are computed): kept per tender at filing so that the indicators never read the bills back.
/// </summary>
public sealed record IndicatorValue(string TenderCode, string ProjectType, string Region, YearMonth FiledMonth, IndicatorMeasure Measure, double Value);
