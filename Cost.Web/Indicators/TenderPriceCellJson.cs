namespace Cost.Web.Indicators;

/// <summary>
/// One value of the tender price index: project type, award month (yyyy-MM), number of awards, median
/// award ratio (4 decimals), the composite cost index of the month and the tender price index (2 decimals,
/// as indices are published; both null when the type has no composite index yet).
/// </summary>
public sealed record TenderPriceCellJson(string ProjectType, string Month, int Count, double MedianRatio, double? CompositeIndex, double? Value);
