using System.Collections.Immutable;
using Cost.Domain.Prices;

namespace Cost.Web.Prices;

/// <summary>
/// A published information price as the public and exchange APIs write it (contracts: same items);
/// <see cref="FromRegion"/> is the city's code on a district's list where the district did not publish the resource.
/// </summary>
public sealed record InfoPriceJson(
    string ResourceCode, string Name, string Spec, string Unit, string Category,
    decimal PriceInclTax, decimal PriceExclTax, decimal VatRate, int Observations, bool Carried, string? FromRegion)
{
    public static InfoPriceJson From(InfoPrice p) =>
        new(p.ResourceCode, p.Name, p.Spec, p.Unit, p.Category, p.PriceInclTax, p.PriceExclTax, p.VatRate, p.Observations, p.Carried, p.FromRegion);
}

/// <summary>A draft under review (docs/http-api.md "drafts"), with the details the review page shows.</summary>
public sealed record DraftJson(
    string ResourceCode, string Spec, string Name, string Unit, string Category,
    decimal? PriceInclTax, decimal? PriceExclTax, int Observations, int Dropped, decimal? Change, ImmutableArray<string> Flags,
    int Received, decimal? Median, bool Carried, bool Withheld, decimal? ComputedPriceInclTax,
    OverrideJson? Override, ImmutableArray<DroppedJson> DroppedObservations, ImmutableArray<DroppedJson> KeptObservations)
{
    public static DraftJson From(ReviewedDraft reviewed, Resource? resource)
    {
        var d = reviewed.Draft;
        var inclusive = reviewed.PriceInclTax;
        return new DraftJson(d.ResourceCode, d.Spec, resource?.Name ?? "", resource?.Unit ?? "", resource?.Category ?? "",
            inclusive, inclusive is { } i && resource is not null ? InfoPriceCalculator.ExclusiveOf(i, resource.VatRate) : d.PriceExclTax,
            d.Observations, d.Dropped.Length, d.Change, d.Flags, d.Received, d.Median, d.Carried, d.Withheld, d.PriceInclTax,
            reviewed.Override is { } o ? new OverrideJson(o.PriceInclTax, o.Reason, o.By, o.At) : null,
            [.. d.Dropped.Select(x => DroppedJson.Of(x.Observation, x.Reason))],
            // Drafts closed before the keep rules were recorded have no kept list.
            d.Kept.IsDefault ? [] : [.. d.Kept.Select(x => DroppedJson.Of(x.Observation, x.Rule))]);
    }
}

/// <summary>The bureau's price for a series and why.</summary>
public sealed record OverrideJson(decimal PriceInclTax, string Reason, string By, DateTimeOffset At);

/// <summary>
/// An observation of a draft, left out or kept: its price as quoted, VAT rate, supplier, source file and row, and the
/// rule that decided it.
/// </summary>
public sealed record DroppedJson(decimal PriceInclTax, decimal VatRate, string Supplier, string FileName, int Row, string Reason)
{
    public static DroppedJson Of(PriceObservation o, string reason) =>
        new(o.PriceInclTax, o.VatRate, o.Supplier, o.Source.FileName, o.Source.Row, reason);
}

/// <summary>POST …/overrides.</summary>
public sealed record OverrideRequest(string? ResourceCode, string? Spec, decimal? PriceInclTax, string? Reason);

/// <summary>GET /api/public/resources: every matching catalogue item.</summary>
public sealed record ResourceListJson(ImmutableArray<ResourceJson> Items);

/// <summary>A catalogue item; the VAT rate is a fraction (0.13); priceBasis is its 价格口径 (到场价, 出厂价, 出圃价; absent for labour and machinery).</summary>
public sealed record ResourceJson(string ResourceCode, string Name, string Spec, string Unit, string Category, decimal VatRate, string? PriceBasis);
