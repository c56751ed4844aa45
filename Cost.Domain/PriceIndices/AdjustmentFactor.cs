namespace Cost.Domain.PriceIndices;

/// <summary>
/// One variable part of a contract price (GB/T 50500 appendix A.1): its weight B_i (a fraction of
/// the price) and the index values F_0i (base date) and F_ti (current date) it moves with.
/// </summary>
public sealed record AdjustmentFactor(string IndexCode, decimal Weight, decimal BaseIndex, decimal CurrentIndex);
