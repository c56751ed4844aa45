namespace Cost.Domain.PriceIndices;

/// <summary>
/// What one filed bill consumes of a catalogued resource: its category, code and spec and the value used
/// (quantity × the 信息价 the filing review compared it with, or the stated price where none was published), in yuan.
/// </summary>
public sealed record MaterialUse(string Category, string ResourceCode, string Spec, decimal Value);
