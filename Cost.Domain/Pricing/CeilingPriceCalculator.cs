using System.Collections.Immutable;
using Cost.Domain.Bills;

namespace Cost.Domain.Pricing;

/// <summary>
/// Prices a bill by GB/T 50500-2013 §5.2 (招标控制价): every amount is computed from quantities, rates
/// and bases, never copied from the workbook's totals, except items whose base the system cannot
/// compute.
/// </summary>
public static class CeilingPriceCalculator
{
    // A lump-sum measure cannot be based on lump sums (itself) or on fees (which may be based on it).
    private const CostBase LumpSumBases = CostBase.MeasuredWorks | CostBase.UnitPricedMeasures | CostBase.OtherItems;
    private const CostBase FeeBases = LumpSumBases | CostBase.LumpSumMeasures;

    public static CeilingPrice Price(Boq boq, RuleSet ruleSet) =>
        new(ruleSet.Code, [.. boq.UnitWorks.Select(u => PriceUnitWork(u, ruleSet).Price)]);

    /// <summary>Prices one unit work and each of its lump sums and fees.</summary>
    public static UnitWorkPricing PriceUnitWork(UnitWork unit, RuleSet ruleSet)
    {
        decimal measured = 0m, unitPriced = 0m;
        foreach (var line in unit.Lines)
        {
            if (line.Kind == LineKind.MeasuredWork)
            {
                measured += line.Amount;
            }
            else
            {
                unitPriced += line.Amount;
            }
        }

        var other = unit.OtherItems.Total;
        var sums = new Sums(measured, unitPriced, 0m, other);

        var lumpSums = unit.LumpSums.Select(m => PriceItem(m.Base, m.RatePercent, m.StatedAmount, LumpSumBases, sums)).ToImmutableArray();
        var lumpSumTotal = lumpSums.Sum(p => p.Amount);
        var safety = unit.LumpSums.Zip(lumpSums).Where(p => p.First.IsSafetyCivilization).Sum(p => p.Second.Amount);

        sums = sums with { LumpSums = lumpSumTotal };
        var fees = unit.Fees.Select(f => PriceItem(f.Base, f.RatePercent, f.StatedAmount, FeeBases, sums)).ToImmutableArray();
        var feeTotal = fees.Sum(p => p.Amount);

        // GB/T 50500-2013 §5.2.7 with Caishui [2016] 36: tax = (measured + measures + other + fees) × VAT.
        var tax = Money.OfFraction(measured + unitPriced + lumpSumTotal + other + feeTotal, ruleSet.VatRate);
        var price = new UnitWorkPrice(unit.Name, measured, unitPriced, lumpSumTotal, safety, other, feeTotal, tax, unit.SingleWork);
        return new UnitWorkPricing(price, lumpSums, fees);
    }

    private static PricedItem PriceItem(CostBase? costBase, decimal? ratePercent, decimal? stated, CostBase allowed, Sums sums)
    {
        if (costBase is { } b && b != CostBase.None && (b & ~allowed) == 0 && ratePercent is { } rate)
        {
            return new PricedItem(Money.OfPercent(sums.Of(b), rate), Computed: true);
        }

        return new PricedItem(stated ?? 0m, Computed: false);
    }

    private readonly record struct Sums(decimal Measured, decimal UnitPriced, decimal LumpSums, decimal Other)
    {
        public decimal Of(CostBase b) =>
            (b.HasFlag(CostBase.MeasuredWorks) ? Measured : 0m)
            + (b.HasFlag(CostBase.UnitPricedMeasures) ? UnitPriced : 0m)
            + (b.HasFlag(CostBase.LumpSumMeasures) ? LumpSums : 0m)
            + (b.HasFlag(CostBase.OtherItems) ? Other : 0m);
    }
}
