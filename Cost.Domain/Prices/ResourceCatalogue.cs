using System.Collections.Immutable;

namespace Cost.Domain.Prices;

/// <summary>
/// The resource catalogue (data/resources.json): every resource code and spec the bureau prices.
/// Specs are matched by <see cref="SpecText.Key"/>, so spelling variants of a spec find its resource.
/// </summary>
public sealed class ResourceCatalogue
{
    private readonly Dictionary<(string Code, string Spec), Resource> _exact = [];
    private readonly Dictionary<(string Code, string SpecKey), Resource> _byKey = [];
    private readonly Dictionary<string, ImmutableArray<Resource>> _byCode;

    /// <exception cref="ArgumentException">A code and spec appear twice.</exception>
    public ResourceCatalogue(IEnumerable<Resource> resources)
    {
        ArgumentNullException.ThrowIfNull(resources);
        All = [.. resources];
        foreach (var r in All)
        {
            if (!_byKey.TryAdd((r.Code, SpecText.Key(r.Spec)), r))
            {
                throw new ArgumentException($"资源目录中 {r.Code} {r.Spec} 重复。", nameof(resources));
            }

            _exact[(r.Code, r.Spec)] = r;
        }

        _byCode = All.GroupBy(r => r.Code, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToImmutableArray(), StringComparer.Ordinal);
        Categories = [.. All.Select(r => r.Category).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>Every resource, in file order.</summary>
    public ImmutableArray<Resource> All { get; }

    /// <summary>The categories (人工, 钢材, …) in the order they first appear.</summary>
    public ImmutableArray<string> Categories { get; }

    /// <summary>The resource with this code and spec (spelling variants of the spec allowed), or null.</summary>
    public Resource? Find(string code, string? spec)
    {
        ArgumentNullException.ThrowIfNull(code);
        spec ??= string.Empty;
        return _exact.TryGetValue((code, spec), out var exact) ? exact
            : _byKey.GetValueOrDefault((code, SpecText.Key(spec)));
    }

    /// <summary>Every spec catalogued under a code; empty for an unknown code.</summary>
    public ImmutableArray<Resource> FindByCode(string code) =>
        _byCode.TryGetValue(code, out var list) ? list : [];

    /// <summary>True when the code is catalogued (under any spec).</summary>
    public bool Contains(string code) => _byCode.ContainsKey(code);

    /// <summary>
    /// The resources whose code starts with the text or whose name or spec contains it (ignoring
    /// case, width and spaces), within a category when one is given. Null or blank text matches all.
    /// </summary>
    public ImmutableArray<Resource> Search(string? text, string? category = null)
    {
        var key = SpecText.Key(text);
        return [.. All.Where(r =>
            (string.IsNullOrWhiteSpace(category) || r.Category == category.Trim())
            && (key.Length == 0
                || r.Code.StartsWith(key, StringComparison.Ordinal)
                || SpecText.Key(r.Name).Contains(key, StringComparison.Ordinal)
                || SpecText.Key(r.Spec).Contains(key, StringComparison.Ordinal)
                || SpecText.Key(r.Name + r.Spec).Contains(key, StringComparison.Ordinal)))];
    }
}
