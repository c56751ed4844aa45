using System.Collections.Immutable;

namespace Cost.Domain.PriceIndices;

/// <summary>
/// One published index value of a month (GB/T 51290-2018): fixed-base (定基, base = 100), chained
/// (环比 = I_t / I_t−1 × 100) and year-on-year (同比 = I_t / I_t−12 × 100), unrounded. Chained and
/// year-on-year are null when the earlier month has no value under the same base. A composite
/// carries each category's contribution to its month's change. <see cref="Carried"/>: how many of its resources
/// carried an earlier month's price and were left out of the month's relatives. <see cref="WeightBills"/>: how many
/// filed bills an elementary index's weights came from (0: the configured typical consumption).
/// </summary>
public sealed record PriceIndex(
    string IndexCode,
    string Name,
    IndexKind Kind,
    YearMonth Period,
    YearMonth BasePeriod,
    double FixedBase,
    double? Chained,
    double? YearOnYear,
    ImmutableArray<IndexContribution> Contributions,
    int Carried = 0,
    int WeightBills = 0);
