namespace Cost.Domain.Indices;

/// <summary>
/// The analyst's request as sent (docs/domain-rules.md "Indices"), unchecked: names and periods are
/// still text so that <see cref="IndexCalculator"/> can name every problem.
/// </summary>
/// <param name="BasePeriod">yyyy-MM; must be a period of the observations.</param>
/// <param name="Formulas">Contract names, e.g. "laspeyres", "geks-tornqvist"; a repeated name gives one series.</param>
/// <param name="Chained">Bilateral series chain-linked (环比链接) rather than fixed-base; GEKS is never chained.</param>
/// <param name="Observations">At most 600,000 rows; one per (period, item).</param>
/// <param name="MissingPrices">"matched" (null means matched) or "carry".</param>
/// <param name="Window">GEKS window in periods, 2 … number of periods; null means every period.</param>
/// <param name="Splice">"mean", the only splice; it needs a window.</param>
public sealed record IndexCalculatorInput(
    string? BasePeriod,
    IReadOnlyList<string?>? Formulas,
    bool Chained,
    IReadOnlyList<IndexObservationInput?>? Observations,
    string? MissingPrices = null,
    int? Window = null,
    string? Splice = null);

/// <summary>One row as sent; a null number was absent from the request. A struct: a full table is 600,000 of them.</summary>
public readonly record struct IndexObservationInput(string? Period, string? Item, double? Price, double? Quantity);
