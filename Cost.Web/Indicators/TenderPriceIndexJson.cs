namespace Cost.Web.Indicators;

/// <summary>The tender price index of the city, with the number of awards a month needs before it is published.</summary>
public sealed record TenderPriceIndexJson(int MinimumAwards, IReadOnlyList<TenderPriceCellJson> Cells);
