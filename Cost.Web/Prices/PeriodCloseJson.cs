namespace Cost.Web.Prices;

/// <summary>POST …/close: the series drafted and how many of them are flagged for review.</summary>
public sealed record PeriodCloseJson(int Series, int Flagged);
