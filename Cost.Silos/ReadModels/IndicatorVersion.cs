namespace Cost.Silos.ReadModels;

/// <summary>
/// Where the indicator values stand (<see cref="IndicatorQueries.VersionAsync"/>): the last exchange event, when the
/// aggregates were last built (null before), the last index computation (null before any).
/// </summary>
public sealed record IndicatorVersion(long EventSeq, string? BuiltAt, string? IndicesComputedAt);
