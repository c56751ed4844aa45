namespace Cost.Domain.Indices;

/// <summary>How items absent in a period are treated (docs/domain-rules.md "Indices").</summary>
public enum MissingPrices
{
    /// <summary>Each comparison uses only the items priced in both periods compared (the default).</summary>
    Matched,

    /// <summary>
    /// Before anything else, an absent item takes its latest earlier price (else its earliest later one)
    /// with quantity 0, and then counts as an ordinary priced row.
    /// </summary>
    Carry,
}
