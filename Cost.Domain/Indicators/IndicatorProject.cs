using Cost.Domain.Bills;
using Cost.Domain.Pricing;

namespace Cost.Domain.Indicators;

/// <summary>
/// A filed tender as the cost indicators see it (GB/T 51290-2018 §4): type, region, the month it was
/// filed, building area (m²), its filed ceiling price and bill, and the winning bid when one is recorded.
/// </summary>
public sealed record IndicatorProject(
    string TenderCode,
    string Name,
    string ProjectType,
    string Region,
    YearMonth FiledMonth,
    decimal BuildingArea,
    CeilingPrice Price,
    Boq Boq,
    decimal? AwardPrice = null);
