namespace Cost.Domain.Materials;

/// <summary>
/// A main material of a filed bill whose 信息价 moved beyond the alarm's threshold: the row's label,
/// resource and unit, the quantity the bill states (null when it states none), the tax-exclusive 信息价
/// of the base month and of the month just published (catalogue unit), the change in percent (one
/// decimal) and what it does to the bill's material cost in yuan (quantity × the row's 信息价 × change).
/// </summary>
public sealed record StaleMaterial(
    string Label,
    string ResourceCode,
    string Spec,
    string Unit,
    decimal? Quantity,
    decimal BasePrice,
    decimal CurrentPrice,
    decimal ChangePercent,
    decimal? CostChange);
