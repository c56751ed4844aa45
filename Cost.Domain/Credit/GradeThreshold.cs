namespace Cost.Domain.Credit;

/// <summary>A grade and the lowest score that earns it (inclusive).</summary>
public sealed record GradeThreshold(string Grade, decimal MinScore);
