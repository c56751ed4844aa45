namespace Cost.Domain.Prices;

/// <summary>An observation left out of an information price, and why (in Chinese, for the review page).</summary>
public sealed record DroppedObservation(PriceObservation Observation, string Reason);
