namespace Cost.Domain.PriceIndices;

/// <summary>
/// 价格指数调整价格差额 (GB/T 50500-2013 appendix A.1, formula A.1.1):
/// ΔP = P0 × [A + Σ B_i × F_ti / F_0i − 1], with A the fixed (non-adjustable) weight and A + Σ B_i = 1.
/// ΔP is money: rounded once with <see cref="Money.Round"/>.
/// </summary>
public static class PriceAdjustment
{
    /// <summary>Largest gap allowed between A + Σ B_i and 1 (weights are stated to 4 decimals at most).</summary>
    public const decimal WeightTolerance = 0.00005m;

    /// <param name="amount">P0: the amount to adjust (yuan).</param>
    /// <param name="fixedWeight">A: the fixed part, 0–1.</param>
    /// <param name="factors">The variable parts B_i with their indices.</param>
    public static AdjustmentResult Calculate(decimal amount, decimal fixedWeight, IReadOnlyList<AdjustmentFactor> factors)
    {
        ArgumentNullException.ThrowIfNull(factors);
        var problems = new List<string>();
        if (fixedWeight is < 0 or > 1)
        {
            problems.Add($"定值权重 A = {fixedWeight} 应在 0 至 1 之间。");
        }

        foreach (var f in factors)
        {
            if (f.Weight is < 0 or > 1)
            {
                problems.Add($"{f.IndexCode} 的变值权重 B = {f.Weight} 应在 0 至 1 之间。");
            }

            if (f.BaseIndex <= 0 || f.CurrentIndex <= 0)
            {
                problems.Add($"{f.IndexCode} 的价格指数须为正数。");
            }
        }

        var sum = fixedWeight + factors.Sum(f => f.Weight);
        if (Math.Abs(sum - 1) > WeightTolerance)
        {
            problems.Add($"定值权重与各变值权重之和 A + ΣB = {sum:0.####}，应等于 1。");
        }

        if (problems.Count > 0)
        {
            return new AdjustmentResult(0, 0, [.. problems]);
        }

        var factor = fixedWeight + factors.Sum(f => f.Weight * f.CurrentIndex / f.BaseIndex);
        return new AdjustmentResult(Money.Round(amount * (factor - 1)), factor, []);
    }
}
