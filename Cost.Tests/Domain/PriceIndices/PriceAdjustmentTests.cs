using Cost.Domain.PriceIndices;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Cost.Tests.Domain.PriceIndices;

/// <summary>GB/T 50500 appendix A.1: ΔP = P0 × [A + Σ B_i × F_ti / F_0i − 1].</summary>
public class PriceAdjustmentTests
{
    [Property(MaxTest = 200)]
    public Property With_every_B_zero_the_adjustment_is_zero() =>
        Prop.ForAll(Arb.From(Gen.Choose(1, 100_000_000)), Arb.From(Gen.Choose(50, 300)), Arb.From(Gen.Choose(50, 300)), (fen, f0, ft) =>
        {
            var result = PriceAdjustment.Calculate(fen / 100m, 1m, [new AdjustmentFactor("steel", 0m, f0, ft), new AdjustmentFactor("labour", 0m, ft, f0)]);
            return result.Succeeded && result.Adjustment == 0m;
        });

    [Property(MaxTest = 200)]
    public Property Unchanged_indices_give_no_adjustment() =>
        Prop.ForAll(Arb.From(Gen.Choose(1, 100_000_000)), Arb.From(Gen.Choose(0, 100)), (fen, b) =>
            PriceAdjustment.Calculate(fen / 100m, 1m - b / 100m, [new AdjustmentFactor("steel", b / 100m, 123.45m, 123.45m)]).Adjustment == 0m);

    [Fact]
    public void The_worked_example_rounds_to_the_fen()
    {
        // P0 = 1,000,000; A = 0.2; steel 0.5 from 100 to 110; labour 0.3 from 100 to 105:
        // ΔP = 1,000,000 × (0.2 + 0.55 + 0.315 − 1) = 65,000.
        var result = PriceAdjustment.Calculate(1_000_000m, 0.2m, [new AdjustmentFactor("steel", 0.5m, 100m, 110m), new AdjustmentFactor("labour", 0.3m, 100m, 105m)]);
        Assert.Equal(65_000.00m, result.Adjustment);

        var thirds = PriceAdjustment.Calculate(100m, 0m, [new AdjustmentFactor("steel", 1m, 3m, 4m)]);
        Assert.Equal(33.33m, thirds.Adjustment);
    }

    [Fact]
    public void Weights_that_do_not_sum_to_one_are_refused_in_Chinese()
    {
        var result = PriceAdjustment.Calculate(1000m, 0.2m, [new AdjustmentFactor("steel", 0.5m, 100m, 110m)]);
        Assert.False(result.Succeeded);
        Assert.Contains(result.Problems, p => p.Contains("A + ΣB = 0.7", StringComparison.Ordinal));
    }
}
