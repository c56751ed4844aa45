using System.Collections.Immutable;

namespace Cost.Web.Indicators;

/// <summary>
/// GET /api/public/indicators: how many filed projects the table draws on, the month prices were brought
/// to (yyyy-MM, null at the prices filed), the fewest projects a published cell needs, and the cells.
/// </summary>
public sealed record IndicatorTableJson(int Projects, string? PricedAt, int MinimumProjects, ImmutableArray<IndicatorCellJson> Items);
