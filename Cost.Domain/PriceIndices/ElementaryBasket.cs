using System.Collections.Immutable;

namespace Cost.Domain.PriceIndices;

/// <summary>
/// The basket of an elementary index (要素价格指数): every published resource of one category of
/// data/resources.json, weighted by its share of the category's typical consumption where
/// <see cref="Weights"/> names one (GB/T 51290-2018 §4: weights from typical works), the rest equally
/// (see data/index-baskets.json "_说明").
/// </summary>
/// <param name="Code">The index code, e.g. "steel".</param>
/// <param name="Name">The published name, e.g. "钢材价格指数".</param>
/// <param name="Category">The resource category it covers, e.g. "钢材".</param>
/// <param name="Weights">Typical consumption shares of named resources (empty or default: all equal).</param>
/// <param name="FiledBills">How many filed bills the weights were derived from (<see cref="ConsumptionWeights"/>); 0 when configured.</param>
public sealed record ElementaryBasket(string Code, string Name, string Category, ImmutableArray<ResourceWeight> Weights = default, int FiledBills = 0);
