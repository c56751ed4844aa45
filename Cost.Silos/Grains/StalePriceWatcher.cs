using Cost.Domain;
using Cost.Domain.Materials;
using Cost.Silos.ReadModels;
using Cost.Silos.Store;

namespace Cost.Silos.Grains;

/// <summary>
/// After a region's month is published: every filed, not yet opened tender is held against it
/// (<see cref="StalePriceWatch"/>) and each new alarm stored with its push notice. Idempotent, so a
/// publication completed again after a failure raises nothing twice.
/// </summary>
internal sealed class StalePriceWatcher(StaleAlarmQueries alarms, PriceQueries prices, StaleAlarmStore store, MaterialPriceCheckOptions options, TimeProvider clock)
{
    /// <returns>How many alarms were raised.</returns>
    public async Task<int> WatchAsync(string region, YearMonth month, CancellationToken cancellationToken = default)
    {
        var current = await PricesAsync(region, month, cancellationToken).ConfigureAwait(false);
        var byBaseMonth = new Dictionary<YearMonth, IReadOnlyDictionary<(string, string), decimal>>();
        var raised = 0;
        foreach (var candidate in await alarms.CandidatesAsync(cancellationToken).ConfigureAwait(false))
        {
            if (candidate.Materials.Month is not { } baseMonth || baseMonth >= month || candidate.Materials.Lines.All(l => l.PriceRegion != region))
            {
                continue;
            }

            if (!byBaseMonth.TryGetValue(baseMonth, out var basePrices))
            {
                basePrices = byBaseMonth[baseMonth] = await PricesAsync(region, baseMonth, cancellationToken).ConfigureAwait(false);
            }

            var alarm = StalePriceWatch.Evaluate(candidate.Materials, candidate.CeilingTotal, region, month, basePrices, current, options.StaleThreshold);
            if (alarm is not null && await store.RaiseAsync(candidate.TenderCode, candidate.Version, alarm, BureauTime.Now(clock), cancellationToken).ConfigureAwait(false))
            {
                raised++;
            }
        }

        return raised;
    }

    private async Task<IReadOnlyDictionary<(string, string), decimal>> PricesAsync(string region, YearMonth month, CancellationToken cancellationToken) =>
        (await prices.PublishedAsync(region, month, cancellationToken: cancellationToken).ConfigureAwait(false))
            .ToDictionary(p => (p.ResourceCode, p.Spec), p => p.PriceExclTax);
}
