namespace Cost.Domain.Indices;

/// <summary>
/// The formulas of the analyst's calculator (docs/domain-rules.md "Indices"; ILO/IMF CPI Manual 2004,
/// ch. 15–17 for the bilateral formulas, ch. 20 §20.64–20.71 for GEKS).
/// </summary>
public enum IndexFormula
{
    Laspeyres,
    Paasche,
    Fisher,
    Tornqvist,
    Jevons,
    Dutot,
    Carli,
    GeksFisher,
    GeksTornqvist,
    GeksJevons,
}
