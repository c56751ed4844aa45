using System.Collections.Immutable;

namespace Cost.Web.Indices;

/// <summary>The adjusted items and the total adjustment, in yuan (each item rounded to the fen, the total their sum).</summary>
public sealed record InformationAdjustmentAnswer(string Region, ImmutableArray<InformationAdjustmentItemAnswer> Items, decimal Total);

/// <summary>
/// One item as sent, with what it rests on: the resource's name and unit, the tax-exclusive information price of the
/// period and the region it was published for (<see cref="CityPrice"/> when a district fell back to the city), the band
/// in percent, the band's limits, the unit difference beyond them and quantity × difference.
/// </summary>
public sealed record InformationAdjustmentItemAnswer(
    string ResourceCode, string Spec, string Name, string Unit, decimal Quantity, decimal BasePrice, decimal? BidPrice,
    decimal? RiskPercent, string Period, decimal InformationPrice, string PriceRegion, bool CityPrice, decimal Band,
    decimal UpperLimit, decimal LowerLimit, decimal UnitDifference, decimal Adjustment);
