namespace Cost.Domain.Prices;

/// <summary>
/// A published information price (信息价) of one resource and spec in a region and month: yuan per
/// catalogue unit, tax-inclusive and tax-exclusive, with how many observations it rests on and
/// whether it was carried forward or set by the bureau. <see cref="FromRegion"/> names the region whose
/// price a district shows for a resource it did not publish itself (the city's), null for its own.
/// </summary>
public sealed record InfoPrice(
    string ResourceCode,
    string Spec,
    string Name,
    string Unit,
    string Category,
    decimal PriceInclTax,
    decimal PriceExclTax,
    decimal VatRate,
    int Observations,
    bool Carried,
    bool Overridden,
    string? FromRegion = null);
