namespace Cost.Domain.PriceIndices;

/// <summary>
/// A category's contribution to a composite's change over the month, in percentage points:
/// w_i × (I_i,t − I_i,t−1) / C_t−1 × 100, with C the composite, so that the contributions sum to
/// the composite's chained index − 100. Null when the previous month has no values.
/// </summary>
public sealed record IndexContribution(string IndexCode, string Name, double Weight, double? Points);
