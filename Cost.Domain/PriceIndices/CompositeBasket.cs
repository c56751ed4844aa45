using System.Collections.Immutable;

namespace Cost.Domain.PriceIndices;

/// <summary>
/// The basket of a composite index (综合造价指数) of one project type: elementary indices with fixed
/// base-period weights (Laspeyres, docs/domain-rules.md "Indices"), and where the weights come from.
/// </summary>
/// <param name="Code">The index code, the project type's code of data/project-types.json (e.g. "school").</param>
/// <param name="Name">The published name, e.g. "学校建筑工程造价指数".</param>
/// <param name="ProjectType">The project type whose cost indicators this index brings to today's prices; null for a 专业 index.</param>
/// <param name="Weights">The category weights, summing to 1.</param>
/// <param name="Source">Where the weight set comes from, for the page and the bulletin.</param>
/// <param name="Discipline">The 专业 (建筑, 安装, 市政) of a 专业 index, beside the project types; null for a project type's index.</param>
public sealed record CompositeBasket(string Code, string Name, string? ProjectType, ImmutableArray<BasketWeight> Weights, string Source, string? Discipline = null);
