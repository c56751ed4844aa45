using System.Collections.Immutable;
using Cost.Domain.Prices;

namespace Cost.Domain.PriceIndices;

/// <summary>
/// The base period's tax-exclusive prices of every resource in an elementary basket, prepared once
/// so that each month's indices are one pass over that month's prices.
/// </summary>
public sealed class IndexBase
{
    private readonly Dictionary<(string Code, string Spec), (int Basket, double Price)> _base = [];

    /// <param name="baskets">The published baskets.</param>
    /// <param name="basePrices">The information prices of the base period (its latest revision).</param>
    public IndexBase(BasketCatalogue baskets, IEnumerable<InfoPrice> basePrices)
    {
        ArgumentNullException.ThrowIfNull(baskets);
        ArgumentNullException.ThrowIfNull(basePrices);
        Baskets = baskets;
        var byCategory = baskets.Elementary.Select((b, i) => (b.Category, i)).ToDictionary(x => x.Category, x => x.i, StringComparer.Ordinal);
        foreach (var p in basePrices)
        {
            // A resource priced at zero in the base month has no relative (P_t / 0): it stays out of the basket.
            if (p.PriceExclTax > 0 && byCategory.TryGetValue(p.Category, out var basket))
            {
                _base[(p.ResourceCode, p.Spec)] = (basket, (double)p.PriceExclTax);
            }
        }

        Composite = [.. baskets.Composite.Select(c => c.Weights.Select(w => (Index: baskets.Elementary.IndexOf(baskets.Elementary.First(e => e.Code == w.IndexCode)), w.Weight)).ToImmutableArray())];
    }

    public BasketCatalogue Baskets { get; }

    /// <summary>For each composite basket, its elementary baskets by position with their weights.</summary>
    internal ImmutableArray<ImmutableArray<(int Index, double Weight)>> Composite { get; }

    /// <summary>Resources in the base (those with a positive base price in a basket's category).</summary>
    public int Count => _base.Count;

    /// <summary>The basket and base price of a resource, or false when it is not in any basket.</summary>
    internal bool TryFind(string code, string spec, out int basket, out double basePrice)
    {
        var found = _base.TryGetValue((code, spec), out var entry);
        (basket, basePrice) = entry;
        return found;
    }
}
