namespace Cost.Domain.Prices;

/// <summary>A draft as the bureau leaves it after review: the method's proposal and the override, if any.</summary>
public sealed record ReviewedDraft(DraftPrice Draft, PriceOverride? Override)
{
    /// <summary>The tax-inclusive price that would be published: the override, else the draft's; null when withheld.</summary>
    public decimal? PriceInclTax => Override?.PriceInclTax ?? Draft.PriceInclTax;
}
