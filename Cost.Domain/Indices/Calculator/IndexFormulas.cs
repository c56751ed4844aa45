namespace Cost.Domain.Indices;

/// <summary>The contract's names of the formulas ("laspeyres", …, "geks-tornqvist") and what each needs.</summary>
public static class IndexFormulas
{
    private static readonly (string Name, IndexFormula Formula)[] Names =
    [
        ("laspeyres", IndexFormula.Laspeyres),
        ("paasche", IndexFormula.Paasche),
        ("fisher", IndexFormula.Fisher),
        ("tornqvist", IndexFormula.Tornqvist),
        ("jevons", IndexFormula.Jevons),
        ("dutot", IndexFormula.Dutot),
        ("carli", IndexFormula.Carli),
        ("geks-fisher", IndexFormula.GeksFisher),
        ("geks-tornqvist", IndexFormula.GeksTornqvist),
        ("geks-jevons", IndexFormula.GeksJevons),
    ];

    /// <summary>Every name the contract accepts, in its order, for messages.</summary>
    public static string Known => string.Join("、", Names.Select(n => n.Name));

    /// <summary>Reads a contract name exactly (lower case, as the contract spells it).</summary>
    public static bool TryParse(string? name, out IndexFormula formula)
    {
        foreach (var (known, value) in Names)
        {
            if (string.Equals(known, name, StringComparison.Ordinal))
            {
                formula = value;
                return true;
            }
        }

        formula = default;
        return false;
    }

    /// <summary>The contract's name of <paramref name="formula"/>.</summary>
    public static string Name(this IndexFormula formula) => Array.Find(Names, n => n.Formula == formula).Name
        ?? throw new ArgumentOutOfRangeException(nameof(formula), formula, null);

    /// <summary>GEKS: multilateral over a window, transitive, so never chained.</summary>
    public static bool IsMultilateral(this IndexFormula formula) =>
        formula is IndexFormula.GeksFisher or IndexFormula.GeksTornqvist or IndexFormula.GeksJevons;

    /// <summary>Whether the formula weights by quantity (Jevons, Dutot and Carli use prices only).</summary>
    public static bool UsesQuantities(this IndexFormula formula) =>
        formula is not (IndexFormula.Jevons or IndexFormula.Dutot or IndexFormula.Carli or IndexFormula.GeksJevons);
}
