namespace Cost.Domain.Prices;

/// <summary>An observation kept in an information price, and the rule that kept it (in Chinese, for the review page).</summary>
public sealed record KeptObservation(PriceObservation Observation, string Rule);
