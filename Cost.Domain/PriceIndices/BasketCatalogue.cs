using System.Collections.Immutable;
using Cost.Domain.Prices;

namespace Cost.Domain.PriceIndices;

/// <summary>
/// The published index baskets of data/index-baskets.json: the base period, the elementary indices
/// per resource category and the composite indices per project type. <see cref="MinimumFiledBills"/>: how many
/// filed bills must list a category before its weights come from them (<see cref="ConsumptionWeights"/>).
/// </summary>
public sealed record BasketCatalogue(YearMonth BasePeriod, ImmutableArray<ElementaryBasket> Elementary, ImmutableArray<CompositeBasket> Composite, int MinimumFiledBills = 3)
{
    /// <summary>Tolerance on a composite's weights summing to 1 (weights are written with 2–4 decimals).</summary>
    public const double WeightTolerance = 1e-6;

    /// <summary>Every index code with its name and kind, elementary first, in file order.</summary>
    public ImmutableArray<(string Code, string Name, IndexKind Kind)> Indices =>
        [.. Elementary.Select(e => (e.Code, e.Name, IndexKind.Elementary)), .. Composite.Select(c => (c.Code, c.Name, IndexKind.Composite))];

    /// <summary>The name of an index code, or null when the catalogue has no such index.</summary>
    public string? NameOf(string code) => Indices.FirstOrDefault(i => i.Code == code).Name;

    /// <summary>What is wrong with the catalogue (duplicate codes, unknown categories or sub-indices, weights not summing to 1), in Chinese; empty when sound.</summary>
    public ImmutableArray<string> Problems(IReadOnlyCollection<string> categories, IReadOnlyCollection<Resource>? resources = null)
    {
        ArgumentNullException.ThrowIfNull(categories);
        var problems = new List<string>();
        foreach (var e in Elementary.Where(e => !e.Weights.IsDefaultOrEmpty))
        {
            problems.AddRange(e.Weights.Where(w => w.Weight is < 0 or > 1).Select(w => $"要素指数 {e.Code} 中 {w.ResourceCode} 的权重 {w.Weight} 不在 0–1 之间。"));
            if (e.Weights.Sum(w => w.Weight) > 1 + WeightTolerance)
            {
                problems.Add($"要素指数 {e.Code} 所列资源的权重之和为 {e.Weights.Sum(w => w.Weight):0.####}，不应超过 1。");
            }

            problems.AddRange(e.Weights.Where(w => resources is not null && !resources.Any(r => r.Code == w.ResourceCode && r.Category == e.Category && (w.Spec is null || r.Spec == w.Spec)))
                .Select(w => $"要素指数 {e.Code} 的权重列出了类别“{e.Category}”中没有的资源 {w.ResourceCode} {w.Spec}。"));
        }

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
