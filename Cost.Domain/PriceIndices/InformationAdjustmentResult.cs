namespace Cost.Domain.PriceIndices;

/// <summary>
/// One item's adjustment by the information price: the limits of the risk band (unrounded), the unit difference
/// beyond them (positive on a rise, negative on a fall, 0 within the band) and quantity × difference rounded to the fen.
/// </summary>
public sealed record InformationAdjustmentResult(decimal UpperLimit, decimal LowerLimit, decimal UnitDifference, decimal Adjustment);
