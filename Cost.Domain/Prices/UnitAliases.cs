using System.Collections.Immutable;

namespace Cost.Domain.Prices;

/// <summary>
/// Unit spellings and conversions (data/units.json): a survey may quote rebar in 公斤 or bricks by the
/// 块; the observation is converted to the catalogue unit (quantity × factor, price ÷ factor). A unit
/// that is neither a known spelling nor convertible to the resource's unit rejects the row.
/// </summary>
public sealed class UnitAliases
{
    private readonly Dictionary<string, string> _canonical = new(StringComparer.Ordinal);
    private readonly ImmutableArray<UnitConversion> _conversions;

    public UnitAliases(IEnumerable<UnitDefinition> units, IEnumerable<UnitConversion> conversions)
    {
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(conversions);
        Units = [.. units];
        foreach (var unit in Units)
        {
            _canonical[SpecText.Key(unit.Unit)] = unit.Unit;
            foreach (var alias in unit.Aliases.IsDefault ? [] : unit.Aliases)
            {
                if (!_canonical.TryAdd(SpecText.Key(alias), unit.Unit) && _canonical[SpecText.Key(alias)] != unit.Unit)
                {
                    throw new ArgumentException($"单位别名“{alias}”同时属于两个单位。", nameof(units));
                }
            }
        }

        // A resource-specific conversion wins over a general one: the longest prefix first.
        _conversions = [.. conversions
            .Select(c => c with { From = Normalize(c.From) ?? c.From, To = Normalize(c.To) ?? c.To })
            .OrderByDescending(c => c.ResourcePrefix?.Length ?? -1)];
    }

    public UnitAliases(UnitAliasFile file)
        : this(file?.Units ?? throw new ArgumentNullException(nameof(file)), file.Conversions.IsDefault ? [] : file.Conversions)
    {
    }

    /// <summary>The catalogue's units with their spellings.</summary>
    public ImmutableArray<UnitDefinition> Units { get; }

    /// <summary>The catalogue spelling of a unit ("吨", "T" → "t"; "m³", "方" → "m3"), or null when unknown.</summary>
    public string? Normalize(string? spelling)
    {
        var key = SpecText.Key(spelling);
        return key.Length == 0 ? null : _canonical.GetValueOrDefault(key);
    }

    /// <summary>
    /// How many of the resource's units one quoted unit is: 1 when they are the same unit, 0.001 for a
    /// price per kg of a resource catalogued per t. False when the spelling is unknown or there is no
    /// conversion to the resource's unit.
    /// </summary>
    public bool TryConvert(string? spelling, Resource resource, out decimal factor)
    {
        ArgumentNullException.ThrowIfNull(resource);
        factor = 0m;
        var from = Normalize(spelling);
        var to = Normalize(resource.Unit) ?? resource.Unit;
        if (from is null)
        {
            return false;
        }

        if (from == to)
        {
            factor = 1m;
            return true;
        }

        foreach (var c in _conversions)
        {
            if (c.ResourcePrefix is { } prefix && !resource.Code.StartsWith(prefix, StringComparison.Ordinal))
            {
                continue;
            }

            if (c.From == from && c.To == to && c.Factor > 0m)
            {
                factor = c.Factor;
                return true;
            }

            if (c.From == to && c.To == from && c.Factor > 0m)
            {
                factor = 1m / c.Factor;
                return true;
            }
        }

        return false;
    }
}
