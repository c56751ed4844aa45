namespace Cost.Domain.Pricing;

/// <summary>
/// The amount a lump-sum measure or fee is priced at. <see cref="Computed"/> is false when its base
/// or rate could not be used and the stated amount was taken.
/// </summary>
public sealed record PricedItem(decimal Amount, bool Computed);
