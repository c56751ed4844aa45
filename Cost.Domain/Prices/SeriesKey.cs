namespace Cost.Domain.Prices;

/// <summary>A price series: one resource code and spec in one region (administrative division code).</summary>
public sealed record SeriesKey(string ResourceCode, string Spec, string Region);
