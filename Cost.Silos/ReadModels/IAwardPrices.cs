namespace Cost.Silos.ReadModels;

/// <summary>
/// The recorded winning bids by tender code, for the award ratio of the cost indicators. Kept behind
/// this small interface because awards are stored by the exchange's award endpoint (tender_awards),
/// and tests give their own.
/// </summary>
public interface IAwardPrices
{
    Task<IReadOnlyDictionary<string, RecordedAward>> AwardPricesAsync(CancellationToken cancellationToken = default);
}
