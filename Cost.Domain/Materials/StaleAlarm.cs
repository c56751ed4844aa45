using System.Collections.Immutable;

namespace Cost.Domain.Materials;

/// <summary>
/// A filed ceiling price gone stale: in <see cref="Region"/>, the month just published moved main materials of
/// the bill beyond <see cref="Threshold"/> (a fraction) against the base month its materials were checked at.
/// <see cref="EstimatedChange"/> is the change of the material cost (tax-exclusive, yuan) over every compared
/// material of that region, not only those listed; <see cref="EstimatedPercent"/> relates it to the ceiling price.
/// </summary>
public sealed record StaleAlarm(
    string Region,
    YearMonth BaseMonth,
    YearMonth Month,
    decimal Threshold,
    ImmutableArray<StaleMaterial> Materials,
    decimal EstimatedChange,
    decimal CeilingTotal)
{
    /// <summary>The estimated change in percent of the ceiling price (two decimals), 0 for a zero ceiling price.</summary>
    public decimal EstimatedPercent => CeilingTotal == 0 ? 0 : Math.Round(EstimatedChange / CeilingTotal * 100m, 2, MidpointRounding.AwayFromZero);
}
