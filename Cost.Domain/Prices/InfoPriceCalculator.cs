using System.Collections.Immutable;
using System.Globalization;

namespace Cost.Domain.Prices;

/// <summary>
/// Computes draft information prices by the default method of docs/domain-rules.md "Information price":
/// drop non-positive prices; drop observations farther than k × 1.4826 × MAD from the median; publish
/// only with at least 3 observations left, else carry the last price forward; tax-inclusive price =
/// quantity-weighted mean of what is left (plain mean when quantities are missing), rounded to the
/// fen; tax-exclusive = round(inclusive / (1 + VAT rate of the resource), 2).
/// </summary>
/// <remarks>
/// Units are not seen here: the survey importer converts every observation to the catalogue unit and
/// rejects unknown units, so an observation that reaches the method is in the resource's unit.
/// All arithmetic is decimal, so the result is exact and does not depend on the order of the
/// observations.
/// </remarks>
public static class InfoPriceCalculator
{
    /// <summary>
    /// The draft price of one resource and spec from the month's observations.
    /// </summary>
    /// <param name="resource">The catalogued resource; its VAT rate gives the tax-exclusive price.</param>
    /// <param name="observations">The month's observations of this resource and spec; others are dropped.</param>
    /// <param name="lastPublished">The last published tax-inclusive price of the series, if any.</param>
    /// <param name="method">The method's parameters (data/info-price-method.json).</param>
    public static DraftPrice Compute(
        Resource resource,
        IReadOnlyCollection<PriceObservation> observations,
        decimal? lastPublished,
        InfoPriceMethod method)
    {
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentNullException.ThrowIfNull(observations);
        ArgumentNullException.ThrowIfNull(method);

        var valid = new List<PriceObservation>(observations.Count);
        var dropped = new List<DroppedObservation>();
        var specKey = SpecText.Key(resource.Spec);
        foreach (var o in observations)
        {
            if (o.ResourceCode != resource.Code || (o.Spec != resource.Spec && SpecText.Key(o.Spec) != specKey))
            {
                dropped.Add(new DroppedObservation(o, $"不属于 {resource.Code} {resource.Spec}"));
            }
            else if (o.PriceInclTax <= 0m)
            {
                dropped.Add(new DroppedObservation(o, "含税单价不是正数"));
            }
            else if (o.Quantity < 0m)
            {
                dropped.Add(new DroppedObservation(o, "数量为负数"));
            }
            else
            {
                valid.Add(o);
            }
        }

        decimal? median = null;
        var kept = valid;
        if (valid.Count > 0)
        {
            var spread = RobustSpread.Of(valid, method);
            median = spread.Median;
            if (spread.Limit > 0m)
            {
                kept = new List<PriceObservation>(valid.Count);
                foreach (var o in valid)
                {
                    var distance = Math.Abs(o.PriceInclTax - spread.Median);
                    if (distance > spread.Limit)
                    {
                        dropped.Add(new DroppedObservation(o, spread.Reason(distance)));
                    }
                    else
                    {
                        kept.Add(o);
                    }
                }
            }
        }

        var droppedSorted = dropped
            .OrderBy(d => d.Observation.PriceInclTax)
            .ThenBy(d => d.Observation.Supplier, StringComparer.Ordinal)
            .ThenBy(d => d.Observation.Source.FileSha256, StringComparer.Ordinal)
            .ThenBy(d => d.Observation.Source.Row)
            .ToImmutableArray();

        if (kept.Count < method.MinObservations)
        {
            return lastPublished is { } last
                ? new DraftPrice(resource.Code, resource.Spec, last, ExclusiveOf(last, resource.VatRate), kept.Count,
                    observations.Count, droppedSorted, median, Carried: true, Withheld: false,
                    Change: 0m, [DraftFlags.Carried])
                : new DraftPrice(resource.Code, resource.Spec, null, null, kept.Count, observations.Count,
                    droppedSorted, median, Carried: false, Withheld: true, Change: null, [DraftFlags.Withheld]);
        }

        var inclusive = Money.Round(Mean(kept));
        var change = MonthOnMonth.Change(inclusive, lastPublished);
        var flags = change is { } c && Math.Abs(c) * 100m > method.FlagChangePercent
            ? ImmutableArray.Create(DraftFlags.ChangeOverLimit)
            : [];
        return new DraftPrice(resource.Code, resource.Spec, inclusive, ExclusiveOf(inclusive, resource.VatRate),
            kept.Count, observations.Count, droppedSorted, median, Carried: false, Withheld: false,
            change is { } exact ? Math.Round(exact, 6, MidpointRounding.AwayFromZero) : null, flags);
    }

    /// <summary>
    /// The drafts of every resource in the catalogue for one month: each series takes the
    /// observations of its code and spec; series with no observations are carried or withheld.
    /// Observations of resources not in the catalogue are ignored (the importer rejects them).
    /// </summary>
    /// <param name="observations">The month's observations of one region, any resources.</param>
    /// <param name="catalogue">The resources to price, in the order of the result.</param>
    /// <param name="lastPublished">The last published tax-inclusive price of a resource, or null.</param>
    /// <param name="method">The method's parameters.</param>
    public static ImmutableArray<DraftPrice> ComputeAll(
        IEnumerable<PriceObservation> observations,
        ResourceCatalogue catalogue,
        Func<Resource, decimal?> lastPublished,
        InfoPriceMethod method)
    {
        ArgumentNullException.ThrowIfNull(observations);
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(lastPublished);

        var bySeries = new Dictionary<Resource, List<PriceObservation>>(catalogue.All.Length, ReferenceEqualityComparer.Instance);
        foreach (var o in observations)
        {
            if (catalogue.Find(o.ResourceCode, o.Spec) is { } resource)
            {
                if (!bySeries.TryGetValue(resource, out var list))
                {
                    bySeries[resource] = list = [];
                }

                list.Add(o);
            }
        }

        var drafts = ImmutableArray.CreateBuilder<DraftPrice>(catalogue.All.Length);
        foreach (var resource in catalogue.All)
        {
            IReadOnlyCollection<PriceObservation> series = bySeries.TryGetValue(resource, out var list) ? list : [];
            drafts.Add(Compute(resource, series, lastPublished(resource), method));
        }

        return drafts.MoveToImmutable();
    }

    /// <summary>round(inclusive / (1 + VAT rate), 2): the tax-exclusive price (docs/domain-rules.md "Information price").</summary>
    public static decimal ExclusiveOf(decimal inclusive, decimal vatRate) => Money.Round(inclusive / (1m + vatRate));

    // Quantity-weighted when every observation reports a positive quantity; a quote without a
    // quantity (or with 0) would otherwise weigh nothing, so then every quote counts once.
    private static decimal Mean(List<PriceObservation> kept)
    {
        var weighted = true;
        decimal sum = 0m, weightedSum = 0m, weights = 0m;
        foreach (var o in kept)
        {
            sum += o.PriceInclTax;
            if (o.Quantity is { } q && q > 0m)
            {
                weightedSum += o.PriceInclTax * q;
                weights += q;
            }
            else
            {
                weighted = false;
            }
        }

        return weighted ? weightedSum / weights : sum / kept.Count;
    }

    private static string Yuan(decimal value) => value.ToString("#,0.00", CultureInfo.InvariantCulture);

    /// <summary>The median of the valid prices and how far from it an observation may lie.</summary>
    private readonly record struct RobustSpread(decimal Median, decimal Limit, string Rule)
    {
        public static RobustSpread Of(List<PriceObservation> valid, InfoPriceMethod method)
        {
            var prices = new decimal[valid.Count];
            for (var i = 0; i < prices.Length; i++)
            {
                prices[i] = valid[i].PriceInclTax;
            }

            Array.Sort(prices);
            var median = MedianOfSorted(prices);
            var deviations = new decimal[prices.Length];
            decimal totalDeviation = 0m;
            for (var i = 0; i < prices.Length; i++)
            {
                deviations[i] = Math.Abs(prices[i] - median);
                totalDeviation += deviations[i];
            }

            Array.Sort(deviations);
            var mad = MedianOfSorted(deviations);
            var k = method.MadMultiplier.ToString("0.####", CultureInfo.InvariantCulture);
            if (mad > 0m)
            {
                var limit = method.MadMultiplier * method.MadScale * mad;
                var scale = method.MadScale.ToString("0.####", CultureInfo.InvariantCulture);
                return new RobustSpread(median, limit, $"{k}×{scale}×MAD = {Yuan(limit)} 元（MAD = {Yuan(mad)}）");
            }

            // More than half of the quotes equal the median, so the MAD says nothing about the rest.
            // A statistician then scales the mean absolute deviation instead (Iglewicz & Hoaglin's
            // modified z-score, 1.2533 = √(π/2)); when every quote is equal nothing is dropped.
            var meanDeviation = totalDeviation / prices.Length;
            var fallback = method.MadMultiplier * method.MeanDeviationScale * meanDeviation;
            var meanScale = method.MeanDeviationScale.ToString("0.####", CultureInfo.InvariantCulture);
            return new RobustSpread(median, fallback,
                $"{k}×{meanScale}×平均绝对偏差 = {Yuan(fallback)} 元（MAD = 0）");
        }

        public string Reason(decimal distance) =>
            $"偏离中位数 {Yuan(Median)} 元达 {Yuan(distance)} 元，超过 {Rule}";

        private static decimal MedianOfSorted(decimal[] sorted)
        {
            var middle = sorted.Length / 2;
            return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2m;
        }
    }
}
