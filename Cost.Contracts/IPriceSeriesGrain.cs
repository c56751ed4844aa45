using Cost.Domain;
using Cost.Domain.Prices;

namespace Cost.Contracts;

/// <summary>
/// One resource and spec in one region (key: <see cref="GrainKeys.PriceSeries"/>): knows its
/// published prices by month and computes a month's draft from that month's observations.
/// </summary>
[Alias("Cost.IPriceSeriesGrain")]
public interface IPriceSeriesGrain : IGrainWithStringKey
{
    [Alias("ComputeDraft")]
    Task<DraftPrice> ComputeDraft(YearMonth period, SeriesObservations observations);

    /// <summary>Records the published price of a month (idempotent).</summary>
    [Alias("Published")]
    Task Published(YearMonth period, decimal priceInclTax);
}
