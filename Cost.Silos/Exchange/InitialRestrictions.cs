using System.Collections.Immutable;

namespace Cost.Silos.Exchange;

/// <summary>The restricted bidders of data/bid-review.json: taken into the store's list on its first start, then kept there.</summary>
public sealed record InitialRestrictions(ImmutableArray<InitialRestrictions.Entry> Entries)
{
    public sealed record Entry(string CreditCode, string Name, string Reason);
}
