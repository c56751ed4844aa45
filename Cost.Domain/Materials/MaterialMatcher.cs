using System.Collections.Immutable;
using Cost.Domain.Prices;

namespace Cost.Domain.Materials;

/// <summary>
/// Finds the catalogued resource of a main-materials row: by its code when the code is catalogued (and by its
/// spec too when the code has several specs), else by name + spec + unit. Names and specs are compared by
/// <see cref="SpecText.Key"/> of name and spec run together, so a combined 名称、规格、型号 cell
/// ("热轧带肋钢筋 HRB400E Φ12") finds the resource named 热轧带肋钢筋 with spec HRB400E Φ12; units are
/// compared through the unit spellings and conversions (m³ is m3, kg converts to t).
/// </summary>
public sealed class MaterialMatcher
{
    private readonly ResourceCatalogue _catalogue;
    private readonly UnitAliases _units;
    private readonly Dictionary<string, List<Resource>> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _categoryByUnit;

    public MaterialMatcher(ResourceCatalogue catalogue, UnitAliases units)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(units);
        (_catalogue, _units) = (catalogue, units);
        foreach (var resource in catalogue.All)
        {
            var key = SpecText.Key(resource.Name + resource.Spec);
            if (!_byName.TryGetValue(key, out var list))
            {
                _byName[key] = list = [];
            }

            list.Add(resource);
        }

        _categoryByUnit = catalogue.All
            .GroupBy(r => units.Normalize(r.Unit) ?? r.Unit, StringComparer.Ordinal)
            .Where(g => g.Select(r => r.Category).Distinct(StringComparer.Ordinal).Count() == 1)
            .ToDictionary(g => g.Key, g => g.First().Category, StringComparer.Ordinal);
    }

    /// <summary>
    /// The resource and how many of its catalogue units one unit of the row is (1 for the same unit, 0.001 for
    /// a row in kg of a resource catalogued per t); null when no resource matches in a unit that converts.
    /// </summary>
    public (Resource Resource, decimal Factor)? Match(MaterialRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var code = SpecText.Key(row.Code);
        if (code.Length > 0 && _catalogue.Contains(code))
        {
            var candidates = _catalogue.FindByCode(code);
            return (candidates.Length == 1 ? candidates[0] : BySpec(candidates, row)) is { } resource ? InUnit(resource, row.Unit) : null;
        }

        foreach (var resource in _byName.GetValueOrDefault(SpecText.Key(row.Name + row.Spec)) ?? [])
        {
            if (InUnit(resource, row.Unit) is { } match)
            {
                return match;
            }
        }

        return null;
    }

    /// <summary>
    /// The category every catalogued resource measured in this unit belongs to (工日 → 人工, 台班 → 机械台班), so
    /// that an uncatalogued labour or machinery row is still known for one; null when the unit is shared by
    /// several categories or unknown.
    /// </summary>
    public string? CategoryOfUnit(string unit) =>
        _units.Normalize(unit) is { } canonical ? _categoryByUnit.GetValueOrDefault(canonical) : null;

    // One code, several specs (01010201 HRB400E Φ12, Φ14, …): the row's spec column, else the spec that the
    // combined name cell ends with (the longest, so that Φ12 is not taken for Φ2).
    private static Resource? BySpec(ImmutableArray<Resource> candidates, MaterialRow row)
    {
        var spec = SpecText.Key(row.Spec);
        var full = SpecText.Key(row.Name + row.Spec);
        return candidates.FirstOrDefault(r => spec.Length > 0 && SpecText.Key(r.Spec) == spec)
            ?? candidates.FirstOrDefault(r => SpecText.Key(r.Name + r.Spec) == full)
            ?? candidates.Where(r => SpecText.Key(r.Spec) is { Length: > 0 } s && full.EndsWith(s, StringComparison.Ordinal))
                .MaxBy(r => SpecText.Key(r.Spec).Length);
    }

    private (Resource, decimal)? InUnit(Resource resource, string unit) =>
        _units.TryConvert(unit, resource, out var factor) ? (resource, factor) : null;
}
