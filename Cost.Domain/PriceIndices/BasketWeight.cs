namespace Cost.Domain.PriceIndices;

/// <summary>One elementary index in a composite basket with its fixed base-period weight (a fraction; a basket's weights sum to 1).</summary>
public sealed record BasketWeight(string IndexCode, double Weight);
