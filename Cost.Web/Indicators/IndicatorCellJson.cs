using Cost.Domain.Indicators;

namespace Cost.Web.Indicators;

/// <summary>One indicator for one project type; <see cref="Statistics"/> is null while the cell is not published.</summary>
public sealed record IndicatorCellJson(
    string ProjectType, string Measure, string Name, string Unit, int Count, bool Published, IndicatorStatistics? Statistics);
