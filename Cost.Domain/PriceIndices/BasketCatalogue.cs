using System.Collections.Immutable;

namespace Cost.Domain.PriceIndices;

/// <summary>
/// The published index baskets of data/index-baskets.json: the base period, the elementary indices
/// per resource category and the composite indices per project type.
/// </summary>
public sealed record BasketCatalogue(YearMonth BasePeriod, ImmutableArray<ElementaryBasket> Elementary, ImmutableArray<CompositeBasket> Composite)
{
    /// <summary>Tolerance on a composite's weights summing to 1 (weights are written with 2–4 decimals).</summary>
    public const double WeightTolerance = 1e-6;

    /// <summary>Every index code with its name and kind, elementary first, in file order.</summary>
    public ImmutableArray<(string Code, string Name, IndexKind Kind)> Indices =>
        [.. Elementary.Select(e => (e.Code, e.Name, IndexKind.Elementary)), .. Composite.Select(c => (c.Code, c.Name, IndexKind.Composite))];

    /// <summary>The name of an index code, or null when the catalogue has no such index.</summary>
    public string? NameOf(string code) => Indices.FirstOrDefault(i => i.Code == code).Name;

    /// <summary>What is wrong with the catalogue (duplicate codes, unknown categories or sub-indices, weights not summing to 1), in Chinese; empty when sound.</summary>
    public ImmutableArray<string> Problems(IReadOnlyCollection<string> categories)
    {
        ArgumentNullException.ThrowIfNull(categories);
        var problems = new List<string>();
        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (code, _, _) in Indices.Where(i => !codes.Add(i.Code)))
        {
            problems.Add($"指数编码 {code} 重复。");
        }

        problems.AddRange(Elementary.Where(e => !categories.Contains(e.Category)).Select(e => $"要素指数 {e.Code} 的类别“{e.Category}”不在资源目录中。"));
        var elementary = Elementary.Select(e => e.Code).ToHashSet(StringComparer.Ordinal);
        foreach (var c in Composite)
        {
            problems.AddRange(c.Weights.Where(w => !elementary.Contains(w.IndexCode)).Select(w => $"综合指数 {c.Code} 引用了不存在的要素指数 {w.IndexCode}。"));
            problems.AddRange(c.Weights.Where(w => w.Weight < 0).Select(w => $"综合指数 {c.Code} 中 {w.IndexCode} 的权重为负。"));
            if (Math.Abs(c.Weights.Sum(w => w.Weight) - 1) > WeightTolerance)
            {
                problems.Add($"综合指数 {c.Code} 的权重之和为 {c.Weights.Sum(w => w.Weight):0.####}，应为 1。");
            }
        }

        return [.. problems];
    }
}
