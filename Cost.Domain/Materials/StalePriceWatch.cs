using System.Collections.Immutable;

namespace Cost.Domain.Materials;

/// <summary>
/// The stale-price alarm: a ceiling price is priced at the 信息价 of its base month (GB 50500-2013 §5.2.5:
/// materials at the 工程造价信息 of the time, or market prices); when a later month's publication moves a
/// main material of a filed, not yet opened tender by more than the threshold, the tenderer and the
/// platform should know before bids are opened, with the materials and the estimated effect.
/// Only materials whose price the check took from the region just published are compared, at prices of that
/// region in both months, so the catalogue unit and tax basis cancel out of the change.
/// </summary>
public static class StalePriceWatch
{
    /// <param name="check">The bill's main materials as the filing review checked them (base month = <see cref="MaterialCheck.Month"/>).</param>
    /// <param name="ceilingTotal">The filed ceiling price, yuan.</param>
    /// <param name="region">The region whose month was just published.</param>
    /// <param name="month">The month just published.</param>
    /// <param name="basePrices">Tax-exclusive 信息价 of the base month in <paramref name="region"/> by (resource code, spec).</param>
    /// <param name="currentPrices">Tax-exclusive 信息价 of <paramref name="month"/> in <paramref name="region"/> by (resource code, spec).</param>
    /// <param name="threshold">A fraction: 0.10 raises the alarm for a move of more than ±10 %.</param>
    /// <returns>The alarm, or null when the month is not later than the base month or no material moved beyond the threshold.</returns>
    public static StaleAlarm? Evaluate(MaterialCheck check, decimal ceilingTotal, string region, YearMonth month,
        IReadOnlyDictionary<(string Code, string Spec), decimal> basePrices, IReadOnlyDictionary<(string Code, string Spec), decimal> currentPrices, decimal threshold)
    {
        ArgumentNullException.ThrowIfNull(check);
        ArgumentNullException.ThrowIfNull(basePrices);
        ArgumentNullException.ThrowIfNull(currentPrices);
        if (check.Month is not { } baseMonth || month <= baseMonth)
        {
            return null;
        }

        var moved = check.Lines
            .Where(l => l.Status is MaterialStatus.Within or MaterialStatus.Deviating && l.PriceRegion == region && l.ResourceCode is not null && l.InfoPrice is not null)
            .Select(l => (Line: l, Key: (l.ResourceCode!, l.ResourceSpec ?? "")))
            .Where(x => basePrices.TryGetValue(x.Key, out var p) && p > 0 && currentPrices.ContainsKey(x.Key))
            .Select(x => Moved(x.Line, basePrices[x.Key], currentPrices[x.Key]))
            .ToList();
        var beyond = moved.Where(m => Math.Abs(m.CurrentPrice / m.BasePrice - 1) > threshold).ToImmutableArray();
        return beyond.IsEmpty
            ? null
            : new StaleAlarm(region, baseMonth, month, threshold, beyond, Money.Round(moved.Sum(m => m.CostChange ?? 0)), ceilingTotal);
    }

    private static StaleMaterial Moved(MaterialCheckLine line, decimal basePrice, decimal currentPrice)
    {
        var change = currentPrice / basePrice - 1;
        return new StaleMaterial(MaterialCheck.Label(line.Row), line.ResourceCode!, line.ResourceSpec ?? "", line.Row.Unit, line.Row.Quantity,
            basePrice, currentPrice, Math.Round(change * 100m, 1, MidpointRounding.AwayFromZero),
            line.Row.Quantity is { } q ? Money.Round(q * line.InfoPrice!.Value * change) : null);
    }
}
