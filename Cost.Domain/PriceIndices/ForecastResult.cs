using System.Collections.Immutable;

namespace Cost.Domain.PriceIndices;

/// <summary>The chosen smoothing parameters and the forecast months (1 = the month after the last).</summary>
public sealed record ForecastResult(double Alpha, double Beta, ImmutableArray<ForecastPoint> Points);
