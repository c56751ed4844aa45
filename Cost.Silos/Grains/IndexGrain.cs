using System.Collections.Immutable;
using Cost.Contracts;
using Cost.Domain;
using Cost.Domain.PriceIndices;
using Cost.Silos.ReadModels;
using Cost.Silos.Store;

namespace Cost.Silos.Grains;

/// <summary>
/// Adapter for one region's published indices: reads the base month's and the month's prices and the
/// stored values of t−1 and t−12, calls <see cref="PriceIndexPublisher"/>, writes the month. A
/// republished month also recomputes the later months that depend on it: t+1 (chained, contributions)
/// and t+12 (year-on-year); the base month changes every fixed-base value after it.
/// </summary>
internal sealed class IndexGrain(PriceQueries prices, IndexStore store, IndexQueries indices, BasketCatalogue baskets, TimeProvider clock) : Grain, IIndexGrain
{
    private string _region = "";

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _region = GrainKeys.ParseIndices(this.GetPrimaryKeyString());
        return Task.CompletedTask;
    }

    public async Task<int> Published(YearMonth period, int priceRevision)
    {
        var basePeriod = baskets.BasePeriod;
        if (period < basePeriod)
        {
            return 0;
        }

        var published = (await prices.PublishedPeriodsAsync(_region)).Where(p => p >= basePeriod).Order().ToImmutableArray();
        if (!published.Contains(basePeriod))
        {
            return 0;
        }

        var stored = (await indices.PeriodsAsync(_region, basePeriod)).ToHashSet();
        // The base month changes every value after it; a new base (rebasing in data/) starts its history from all published months.
        var months = period == basePeriod || stored.Count == 0
            ? published
            : [period, .. new[] { period.AddMonths(1), period.AddMonths(12) }.Where(stored.Contains)];
        // Weighted by the bills filed so far (GB/T 51290-2018 §4), so each publication uses the typical consumption of its day.
        var indexBase = new IndexBase(ConsumptionWeights.Apply(baskets, await indices.FiledConsumptionAsync()), await prices.PublishedAsync(_region, basePeriod));

        var known = new Dictionary<YearMonth, IReadOnlyDictionary<string, double>>();
        foreach (var month in months)
        {
            var previous = await FixedBaseAsync(known, month.Previous, basePeriod);
            var yearAgo = await FixedBaseAsync(known, month.AddMonths(-12), basePeriod);
            var values = PriceIndexPublisher.Compute(indexBase, month, await prices.PublishedAsync(_region, month), previous, yearAgo);
            var revision = month == period ? priceRevision : (int)(await prices.RevisionsAsync(_region, month))[^1].Revision;
            await store.SaveAsync(_region, month, basePeriod, revision, BureauTime.Now(clock), values);
            known[month] = PriceIndexPublisher.FixedBase(values);
        }

        return months.Length;
    }

    private async Task<IReadOnlyDictionary<string, double>> FixedBaseAsync(Dictionary<YearMonth, IReadOnlyDictionary<string, double>> known, YearMonth month, YearMonth basePeriod) =>
        known.TryGetValue(month, out var values) ? values : known[month] = await indices.FixedBaseAsync(_region, month, basePeriod);
}
