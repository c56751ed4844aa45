using System.Collections.Immutable;
using Cost.Domain.Materials;

namespace Cost.Domain.PriceIndices;

/// <summary>
/// Weights within an elementary index from typical consumption (GB/T 51290-2018 §4: the weights of a price
/// index are the shares of each resource in the cost of typical works). The typical works are the filed
/// bills: a category listed by at least <see cref="BasketCatalogue.MinimumFiledBills"/> of them is weighted
/// by the value each resource takes in their main-materials tables; a category listed by fewer keeps the
/// weights configured in data/index-baskets.json.
/// </summary>
public static class ConsumptionWeights
{
    /// <summary>What one bill's checked main-materials table consumes, per catalogued resource (rows matched to a resource, with a quantity and a price).</summary>
    public static ImmutableArray<MaterialUse> Uses(MaterialCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        return
        [
            .. check.Lines
                .Where(l => l is { ResourceCode: not null, ResourceCategory: not null, Row.Quantity: > 0m } && (l.InfoPrice ?? l.Row.Price) > 0m)
                .GroupBy(l => (Category: l.ResourceCategory!, Code: l.ResourceCode!, Spec: l.ResourceSpec ?? ""))
                .Select(g => new MaterialUse(g.Key.Category, g.Key.Code, g.Key.Spec, g.Sum(l => l.Row.Quantity!.Value * (l.InfoPrice ?? l.Row.Price!.Value))))
                .OrderBy(u => u.Category, StringComparer.Ordinal).ThenBy(u => u.ResourceCode, StringComparer.Ordinal).ThenBy(u => u.Spec, StringComparer.Ordinal),
        ];
    }

    /// <summary>
    /// The catalogue with each elementary basket weighted by the filed bills where enough of them list its
    /// category: each resource's share of the category's value (summing to 1; a resource no bill lists weighs
    /// nothing), and <see cref="ElementaryBasket.FiledBills"/> saying how many bills the weights come from.
    /// </summary>
    public static BasketCatalogue Apply(BasketCatalogue baskets, IEnumerable<FiledConsumption> filed)
    {
        ArgumentNullException.ThrowIfNull(baskets);
        ArgumentNullException.ThrowIfNull(filed);
        var byCategory = filed.ToDictionary(f => f.Category, StringComparer.Ordinal);
        return baskets with
        {
            Elementary = [.. baskets.Elementary.Select(e => byCategory.TryGetValue(e.Category, out var f) && f.Bills >= baskets.MinimumFiledBills ? Weighted(e, f) : e)],
        };
    }

    private static ElementaryBasket Weighted(ElementaryBasket basket, FiledConsumption filed)
    {
        var total = filed.Uses.Sum(u => u.Value);
        return total <= 0m
            ? basket
            : basket with
            {
                Weights = [.. filed.Uses.Where(u => u.Value > 0m).Select(u => new ResourceWeight(u.ResourceCode, u.Spec, (double)(u.Value / total)))],
                FiledBills = filed.Bills,
            };
    }
}
