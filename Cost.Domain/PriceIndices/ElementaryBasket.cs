namespace Cost.Domain.PriceIndices;

/// <summary>
/// The basket of an elementary index (要素价格指数): every published resource of one category of
/// data/resources.json, each with equal base-period weight (see data/index-baskets.json "_说明").
/// </summary>
/// <param name="Code">The index code, e.g. "steel".</param>
/// <param name="Name">The published name, e.g. "钢材价格指数".</param>
/// <param name="Category">The resource category it covers, e.g. "钢材".</param>
public sealed record ElementaryBasket(string Code, string Name, string Category);
