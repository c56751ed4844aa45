namespace Cost.Domain.Prices;

/// <summary>
/// The parameters of the default information-price method (docs/domain-rules.md "Information price"), read from
/// data/info-price-method.json.
/// </summary>
/// <param name="MadMultiplier">How many robust standard deviations an observation may lie from the median (3).</param>
/// <param name="MadScale">Turns the MAD into a standard deviation under normality (1.4826).</param>
/// <param name="MeanDeviationScale">
/// Turns the mean absolute deviation into a standard deviation (√(π/2) ≈ 1.2533); used only when the
/// MAD is 0, i.e. when more than half of the quotes equal the median.
/// </param>
/// <param name="MinObservations">Observations that must remain after the outliers are dropped to publish (3).</param>
/// <param name="FlagChangePercent">A change against the last published price above this, in percent, is flagged (10).</param>
/// <param name="KeepBandPercent">
/// A quote within this many percent of the median is always kept, whatever the MAD says (5): with a tight
/// market the MAD shrinks to a few yuan and would otherwise drop normal quotes.
/// </param>
/// <param name="MinObservationsForMad">Below this many valid quotes the MAD rule drops nothing (5): three or four quotes do not estimate a spread.</param>
public sealed record InfoPriceMethod(
    decimal MadMultiplier = 3m,
    decimal MadScale = 1.4826m,
    decimal MeanDeviationScale = 1.2533m,
    int MinObservations = 3,
    decimal FlagChangePercent = 10m,
    decimal KeepBandPercent = 5m,
    int MinObservationsForMad = 5)
{
    /// <summary>The method of docs/domain-rules.md "Information price" with its published parameters.</summary>
    public static readonly InfoPriceMethod Default = new();
}
