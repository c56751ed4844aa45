namespace Cost.Domain.Materials;

/// <summary>
/// One main-materials row and its comparison: the row as stated, the catalogued resource it matched
/// (code and spec, null when unmatched), and for a compared material the tax-exclusive 信息价 in the row's
/// unit (<see cref="InfoPrice"/>), the region whose price it is and the deviation of the stated price in
/// percent (positive above the 信息价, one decimal). <see cref="ResourceCategory"/>: the matched resource's
/// catalogue category, so that filed bills can weigh the price indices by what they consume.
/// </summary>
public sealed record MaterialCheckLine(
    MaterialRow Row,
    MaterialStatus Status,
    string? ResourceCode = null,
    string? ResourceSpec = null,
    decimal? InfoPrice = null,
    string? PriceRegion = null,
    string? PriceRegionName = null,
    decimal? DeviationPercent = null,
    string? ResourceCategory = null);
