namespace Cost.Domain.Indices;

/// <summary>
/// One value of an index series, base = 100, not rounded. <see cref="Value"/> is null when the formula
/// is undefined for the period (no matched items, or a zero expenditure in a weighted formula), and
/// <see cref="Note"/> then says why in Chinese.
/// </summary>
public readonly record struct IndexValue(YearMonth Period, double? Value, string? Note = null);
