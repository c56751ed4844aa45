using Cost.Contracts;
using Cost.Domain;
using Cost.Domain.Prices;
using Cost.Silos.ReadModels;
using Cost.Silos.Store;

namespace Cost.Silos.Grains;

/// <summary>Adapter over <see cref="InfoPriceCalculator"/> for one series, holding its published prices by month.</summary>
internal sealed class PriceSeriesGrain(PriceQueries prices, ResourceCatalogue catalogue, InfoPriceMethod method) : Grain, IPriceSeriesGrain
{
    private SeriesKey _key = null!;
    private SortedDictionary<YearMonth, decimal> _published = [];

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _key = GrainKeys.ParsePriceSeries(this.GetPrimaryKeyString());
        return StoreFaults.GuardAsync(async () =>
        {
            var history = await prices.HistoryAsync(_key.Region, _key.ResourceCode, _key.Spec, cancellationToken);
            _published = new SortedDictionary<YearMonth, decimal>(history.ToDictionary(h => h.Period, h => h.Price.PriceInclTax));
        });
    }

    public Task<DraftPrice> ComputeDraft(YearMonth period, SeriesObservations observations)
    {
        var resource = catalogue.Find(_key.ResourceCode, _key.Spec)
            ?? throw new InvalidOperationException($"资源 {_key.ResourceCode} {_key.Spec} 不在目录中。");
        decimal? last = _published.LastOrDefault(p => p.Key < period) is { Key.Year: > 0 } found ? found.Value : null;
        return Task.FromResult(InfoPriceCalculator.Compute(resource, observations.Items, last, method));
    }

    public Task Published(YearMonth period, decimal priceInclTax)
    {
        _published[period] = priceInclTax;
        return Task.CompletedTask;
    }
}
