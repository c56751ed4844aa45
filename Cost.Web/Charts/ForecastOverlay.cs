namespace Cost.Web.Charts;

/// <summary>
/// A forecast to draw on a <see cref="LineChart"/>: values by x label (null where there is none),
/// a dashed mean line and a shaded interval. Usually it starts at the last observed label so that it joins the series.
/// </summary>
public sealed record ForecastOverlay(string Name, string IntervalName, IReadOnlyList<double?> Mean, IReadOnlyList<double?> Low, IReadOnlyList<double?> High);
