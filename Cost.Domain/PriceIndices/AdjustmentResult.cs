using System.Collections.Immutable;

namespace Cost.Domain.PriceIndices;

/// <summary>The adjustment ΔP (yuan, rounded) and the bracket A + Σ B_i F_ti / F_0i; or the problems, in Chinese, that stop it.</summary>
public sealed record AdjustmentResult(decimal Adjustment, decimal Factor, ImmutableArray<string> Problems)
{
    public bool Succeeded => Problems.IsEmpty;
}
