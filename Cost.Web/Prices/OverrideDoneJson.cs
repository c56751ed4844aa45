namespace Cost.Web.Prices;

/// <summary>POST …/overrides: an empty object once the price is changed.</summary>
public sealed record OverrideDoneJson;
