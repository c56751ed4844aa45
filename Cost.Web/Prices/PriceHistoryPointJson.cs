namespace Cost.Web.Prices;

/// <summary>One published month of a series (yyyy-MM).</summary>
public sealed record PriceHistoryPointJson(string Period, decimal PriceInclTax, decimal PriceExclTax, int Observations, bool Carried);
