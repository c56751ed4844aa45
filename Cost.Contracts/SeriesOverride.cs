namespace Cost.Contracts;

/// <summary>The bureau's price for one series of a period, with its written reason.</summary>
[GenerateSerializer, Immutable, Alias("Cost.SeriesOverride")]
public sealed record SeriesOverride(
    [property: Id(0)] string ResourceCode,
    [property: Id(1)] string Spec,
    [property: Id(2)] decimal PriceInclTax,
    [property: Id(3)] string Reason,
    [property: Id(4)] string By);
