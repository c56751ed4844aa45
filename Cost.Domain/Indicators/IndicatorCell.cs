namespace Cost.Domain.Indicators;

/// <summary>
/// One published cell: a project type and a measure, with how many projects it rests on and their
/// statistics — null when fewer than <see cref="CostIndicatorCalculator.MinimumProjects"/> projects (not published).
/// </summary>
public sealed record IndicatorCell(string ProjectType, IndicatorMeasure Measure, int Count, IndicatorStatistics? Statistics);
