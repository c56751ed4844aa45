using System.Collections.Immutable;
using System.Globalization;

namespace Cost.Domain.Prices;

/// <summary>
/// Computes draft information prices by the default method of docs/prices.md: drop non-positive prices; state
/// every quote at the catalogue's VAT rate (a quote on a 3 % or 1 % invoice is converted through its
/// tax-exclusive price); keep every quote within ±KeepBandPercent of the median; below MinObservationsForMad
/// valid quotes drop nothing more, else drop those farther than k × 1.4826 × MAD from the median; publish
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

        // Every valid quote is compared at the catalogue's VAT rate (docs/prices.md "Quotes on other invoices").
        var prices = new decimal[valid.Count];
        for (var i = 0; i < prices.Length; i++)
        {
            prices[i] = VatConversion.Reprice(valid[i].PriceInclTax, valid[i].VatRate, resource.VatRate);
        }

        decimal? median = null;
        var kept = new List<KeptObservation>(valid.Count);
        var keptPrices = new List<decimal>(valid.Count);
        if (valid.Count > 0)
        {
            var spread = RobustSpread.Of((decimal[])prices.Clone(), method);
            median = spread.Median;
            for (var i = 0; i < valid.Count; i++)
            {
                var (keep, reason) = spread.Decide(prices[i]);
                var said = Converted(valid[i], prices[i], resource.VatRate) + reason;
                if (keep)
                {
                    kept.Add(new KeptObservation(valid[i], said));
                    keptPrices.Add(prices[i]);
                }
                else
                {
                    dropped.Add(new DroppedObservation(valid[i], said));
                }
            }
        }

        var droppedSorted = Ordered(dropped, d => d.Observation);
        var keptSorted = Ordered(kept, k => k.Observation);

        if (kept.Count < method.MinObservations)
        {
            return lastPublished is { } last
                ? new DraftPrice(resource.Code, resource.Spec, last, ExclusiveOf(last, resource.VatRate), kept.Count,
                    observations.Count, droppedSorted, median, Carried: true, Withheld: false,
                    Change: 0m, [DraftFlags.Carried], keptSorted)
                : new DraftPrice(resource.Code, resource.Spec, null, null, kept.Count, observations.Count,
                    droppedSorted, median, Carried: false, Withheld: true, Change: null, [DraftFlags.Withheld], keptSorted);
        }

        var inclusive = Money.Round(Mean(kept, keptPrices));
        var change = MonthOnMonth.Change(inclusive, lastPublished);
        var flags = change is { } c && Math.Abs(c) * 100m > method.FlagChangePercent
            ? ImmutableArray.Create(DraftFlags.ChangeOverLimit)
            : [];
        return new DraftPrice(resource.Code, resource.Spec, inclusive, ExclusiveOf(inclusive, resource.VatRate),
            kept.Count, observations.Count, droppedSorted, median, Carried: false, Withheld: false,
            change is { } exact ? Math.Round(exact, 6, MidpointRounding.AwayFromZero) : null, flags, keptSorted);
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

    private static ImmutableArray<T> Ordered<T>(List<T> items, Func<T, PriceObservation> observation) =>
        [.. items
            .OrderBy(x => observation(x).PriceInclTax)
            .ThenBy(x => observation(x).Supplier, StringComparer.Ordinal)
            .ThenBy(x => observation(x).Source.FileSha256, StringComparer.Ordinal)
            .ThenBy(x => observation(x).Source.Row)];

    // A quote on another invoice says how it was converted before the rule that decided it.
    private static string Converted(PriceObservation o, decimal price, decimal catalogueRate) =>
        o.VatRate == catalogueRate
            ? ""
            : $"按 {Percent(o.VatRate)} 税率折为除税价 {Yuan(VatConversion.Exclusive(o.PriceInclTax, o.VatRate))} 元，"
              + $"按目录税率 {Percent(catalogueRate)} 折合含税 {Yuan(price)} 元；";

    // Quantity-weighted when every observation reports a positive quantity; a quote without a
    // quantity (or with 0) would otherwise weigh nothing, so then every quote counts once.
    // The prices are at the catalogue's rate, so the mean is the catalogue rate applied to the mean tax-exclusive price.
    private static decimal Mean(List<KeptObservation> kept, List<decimal> prices)
    {
        var weighted = true;
        decimal sum = 0m, weightedSum = 0m, weights = 0m;
        for (var i = 0; i < kept.Count; i++)
        {
            sum += prices[i];
            if (kept[i].Observation.Quantity is { } q && q > 0m)
            {
                weightedSum += prices[i] * q;
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

    private static string Percent(decimal fraction) => (fraction * 100m).ToString("0.##", CultureInfo.InvariantCulture) + "%";
}
