using System.Collections.Immutable;
using Cost.Domain;

namespace Cost.Web.Indices;

/// <summary>The adjustment ΔP with every number it rests on, so that it can be checked by hand.</summary>
public sealed record PriceAdjustmentAnswer(
    string Region, decimal Amount, decimal FixedWeight, YearMonth BasePeriod, YearMonth CurrentPeriod,
    ImmutableArray<AdjustmentFactorAnswer> Factors, decimal Factor, decimal Adjustment);

/// <summary>One variable part: weight B_i, F_0i, F_ti and the index's name.</summary>
public sealed record AdjustmentFactorAnswer(string IndexCode, string Name, decimal Weight, decimal BaseIndex, decimal CurrentIndex);
