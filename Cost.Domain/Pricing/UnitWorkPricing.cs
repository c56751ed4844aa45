using System.Collections.Immutable;

namespace Cost.Domain.Pricing;

/// <summary>
/// A unit work's price with the amount of each 表-11 and 表-13 item, in table order, so that a
/// checker can compare them with what the workbook states.
/// </summary>
public sealed record UnitWorkPricing(
    UnitWorkPrice Price,
    ImmutableArray<PricedItem> LumpSums,
    ImmutableArray<PricedItem> Fees);
