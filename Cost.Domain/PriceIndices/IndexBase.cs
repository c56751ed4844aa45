using System.Collections.Immutable;
using Cost.Domain.Prices;

namespace Cost.Domain.PriceIndices;

/// <summary>
/// The base period's tax-exclusive prices of every resource in an elementary basket, prepared once
/// so that each month's indices are one pass over that month's prices.
/// </summary>
public sealed class IndexBase
{
    private readonly Dictionary<(string Code, string Spec), (int Basket, double Price, double Weight)> _base = [];

    /// <param name="baskets">The published baskets.</param>
    /// <param name="basePrices">The information prices of the base period (its latest revision).</param>
    public IndexBase(BasketCatalogue baskets, IEnumerable<InfoPrice> basePrices)
    {
        ArgumentNullException.ThrowIfNull(baskets);
        ArgumentNullException.ThrowIfNull(basePrices);
        Baskets = baskets;
        var byCategory = baskets.Elementary.Select((b, i) => (b.Category, i)).ToDictionary(x => x.Category, x => x.i, StringComparer.Ordinal);
        var members = new List<(string Code, string Spec, int Basket, double Price)>();
        foreach (var p in basePrices)
        {
            // A resource priced at zero in the base month has no relative (P_t / 0): it stays out of the basket.
            if (p.PriceExclTax > 0 && byCategory.TryGetValue(p.Category, out var basket))
            {
                members.Add((p.ResourceCode, p.Spec, basket, (double)p.PriceExclTax));
            }
        }

        foreach (var inBasket in members.GroupBy(m => m.Basket))
        {
            var weights = Weights(baskets.Elementary[inBasket.Key], [.. inBasket.Select(m => (m.Code, m.Spec))]);
            foreach (var m in inBasket)
            {
                _base[(m.Code, m.Spec)] = (m.Basket, m.Price, weights[(m.Code, m.Spec)]);
            }
        }

        Composite = [.. baskets.Composite.Select(c => c.Weights.Select(w => (Index: baskets.Elementary.IndexOf(baskets.Elementary.First(e => e.Code == w.IndexCode)), w.Weight)).ToImmutableArray())];
    }

    public BasketCatalogue Baskets { get; }

    /// <summary>For each composite basket, its elementary baskets by position with their weights.</summary>
    internal ImmutableArray<ImmutableArray<(int Index, double Weight)>> Composite { get; }

    /// <summary>Resources in the base (those with a positive base price in a basket's category).</summary>
    public int Count => _base.Count;

    /// <summary>The basket, base price and weight in the basket of a resource, or false when it is not in any basket.</summary>
    internal bool TryFind(string code, string spec, out int basket, out double basePrice, out double weight)
    {
        var found = _base.TryGetValue((code, spec), out var entry);
        (basket, basePrice, weight) = entry;
        return found;
    }

    /// <summary>
    /// Each member's weight: a named share split equally among the specs it covers, what is left shared equally
    /// by the members named in no share (all equal when the basket names none).
    /// </summary>
    private static Dictionary<(string Code, string Spec), double> Weights(ElementaryBasket basket, IReadOnlyList<(string Code, string Spec)> members)
    {
        var named = new Dictionary<(string, string), double>();
        foreach (var w in basket.Weights.IsDefault ? [] : basket.Weights)
        {
            var covered = members.Where(m => m.Code == w.ResourceCode && (w.Spec is null || w.Spec == m.Spec)).ToList();
            foreach (var m in covered)
            {
                named[m] = named.GetValueOrDefault(m) + w.Weight / covered.Count;
            }
        }

        var others = members.Where(m => !named.ContainsKey(m)).ToList();
        var left = named.Count == 0 ? 1 : Math.Max(0, 1 - named.Values.Sum());
        return members.ToDictionary(m => m, m => named.TryGetValue(m, out var w) ? w : left / others.Count);
    }
}
