using System.Collections.Immutable;

namespace Cost.Domain.Prices;

/// <summary>
/// The information price the method proposes for one resource and spec in one region and month,
/// before the bureau reviews it.
/// </summary>
/// <param name="ResourceCode">The 8-digit resource code.</param>
/// <param name="Spec">The spec (规格型号) as the catalogue writes it.</param>
/// <param name="PriceInclTax">Tax-inclusive price in yuan per catalogue unit, 2 decimals; null when withheld.</param>
/// <param name="PriceExclTax">round(inclusive / (1 + VAT rate), 2); null when withheld.</param>
/// <param name="Observations">Observations used in the price (after the outliers were dropped).</param>
/// <param name="Received">Observations received for the series, before anything was dropped.</param>
/// <param name="Dropped">Observations left out, each with its reason, ordered by price.</param>
/// <param name="Median">Median tax-inclusive price of the valid observations; null when there were none.</param>
/// <param name="Carried">True when the last published price is carried forward (too few observations).</param>
/// <param name="Withheld">True when there are too few observations and no earlier price: nothing to publish.</param>
/// <param name="Change">(price − last published) / last published, as a fraction; null without a last price.</param>
/// <param name="Flags"><see cref="DraftFlags"/> values.</param>
/// <param name="Kept">Observations used in the price, each with the rule that kept it, ordered like <paramref name="Dropped"/>.</param>
public sealed record DraftPrice(
    string ResourceCode,
    string Spec,
    decimal? PriceInclTax,
    decimal? PriceExclTax,
    int Observations,
    int Received,
    ImmutableArray<DroppedObservation> Dropped,
    decimal? Median,
    bool Carried,
    bool Withheld,
    decimal? Change,
    ImmutableArray<string> Flags,
    ImmutableArray<KeptObservation> Kept);
