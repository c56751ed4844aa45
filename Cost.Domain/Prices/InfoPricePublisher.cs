using System.Collections.Immutable;

namespace Cost.Domain.Prices;

/// <summary>
/// Turns reviewed drafts into the information prices of a revision (docs/domain-rules.md "Information price"):
/// an override wins over the method's price and its tax-exclusive price is recomputed with the
/// resource's VAT rate; a withheld series is not published; a carried one is published, marked.
/// </summary>
public static class InfoPricePublisher
{
    public static Publication Publish(IEnumerable<ReviewedDraft> drafts, ResourceCatalogue catalogue, IReadOnlyCollection<InfoPrice> previousRevision)
    {
        ArgumentNullException.ThrowIfNull(drafts);
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(previousRevision);

        var prices = ImmutableArray.CreateBuilder<InfoPrice>();
        var reasons = new Dictionary<(string, string), string>();
        int carried = 0, withheld = 0;
        foreach (var reviewed in drafts)
        {
            var draft = reviewed.Draft;
            if (reviewed.PriceInclTax is not { } inclusive || catalogue.Find(draft.ResourceCode, draft.Spec) is not { } resource)
            {
                withheld++;
                continue;
            }

            var isCarried = draft.Carried && reviewed.Override is null;
            carried += isCarried ? 1 : 0;
            if (reviewed.Override is { } o)
            {
                reasons[(draft.ResourceCode, draft.Spec)] = o.Reason;
            }

            prices.Add(new InfoPrice(resource.Code, resource.Spec, resource.Name, resource.Unit, resource.Category,
                inclusive, InfoPriceCalculator.ExclusiveOf(inclusive, resource.VatRate), resource.VatRate,
                draft.Observations, isCarried, reviewed.Override is not null));
        }

        var published = prices.ToImmutable();
        return new Publication(published, carried, withheld, Changes(previousRevision, published, reasons));
    }

    /// <summary>Series whose tax-inclusive price differs between two revisions, or that appear in only one.</summary>
    public static ImmutableArray<PriceChange> Changes(IReadOnlyCollection<InfoPrice> before, IReadOnlyCollection<InfoPrice> after,
        IReadOnlyDictionary<(string, string), string>? reasons = null)
    {
        if (before.Count == 0)
        {
            return [];
        }

        var old = before.ToDictionary(p => (p.ResourceCode, p.Spec));
        var changes = ImmutableArray.CreateBuilder<PriceChange>();
        foreach (var p in after)
        {
            var key = (p.ResourceCode, p.Spec);
            decimal? previous = old.Remove(key, out var was) ? was.PriceInclTax : null;
            if (previous != p.PriceInclTax)
            {
                changes.Add(new PriceChange(p.ResourceCode, p.Spec, p.Name, previous, p.PriceInclTax, reasons?.GetValueOrDefault(key)));
            }
        }

        changes.AddRange(old.Values.Select(p => new PriceChange(p.ResourceCode, p.Spec, p.Name, p.PriceInclTax, null, null)));
        return changes.ToImmutable();
    }
}
