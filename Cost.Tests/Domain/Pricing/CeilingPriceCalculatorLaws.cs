using System.Collections.Immutable;
using Cost.Domain;
using Cost.Domain.Bills;
using Cost.Domain.Pricing;
using Cost.Tests.Importers.Bills;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Cost.Tests.Domain.Pricing;

/// <summary>Algebraic laws of the ceiling price (GB/T 50500-2013 §5.2), over generated bills.</summary>
public class CeilingPriceCalculatorLaws
{
    private static readonly RuleSet Rules = Workbooks.RuleSet;

    private static Arbitrary<UnitWork> Units => Arb.From(BoqGenerators.Boq.Select(b => b.UnitWorks[0]));

    [Property(MaxTest = 200)]
    public Property The_parts_add_up_to_the_total() =>
        Prop.ForAll(Units, unit =>
        {
            var p = CeilingPriceCalculator.PriceUnitWork(unit, Rules).Price;
            return p.Total == p.MeasuredWorks + p.UnitPricedMeasures + p.LumpSumMeasures + p.OtherItems + p.StatutoryFees + p.Tax
                && p.Measures == p.UnitPricedMeasures + p.LumpSumMeasures
                && p.SafetyCivilization <= Math.Max(p.LumpSumMeasures, p.SafetyCivilization);
        });

    [Property(MaxTest = 200)]
    public Property The_lump_sums_and_fees_add_up_to_their_parts() =>
        Prop.ForAll(Units, unit =>
        {
            var pricing = CeilingPriceCalculator.PriceUnitWork(unit, Rules);
            return pricing.LumpSums.Sum(i => i.Amount) == pricing.Price.LumpSumMeasures
                && pricing.Fees.Sum(i => i.Amount) == pricing.Price.StatutoryFees;
        });

    [Property(MaxTest = 200)]
    public Property Tax_is_the_rounded_vat_on_the_pre_tax_sum() =>
        Prop.ForAll(Units, unit =>
        {
            var p = CeilingPriceCalculator.PriceUnitWork(unit, Rules).Price;
            return p.Tax == Money.Round(p.TaxBase * Rules.VatRate);
        });

    /// <summary>
    /// Scaling every quantity by k scales each exact product by k; each rounded line is within half a
    /// fen of its exact product, so |Σ round(kq·r) − k·Σ round(q·r)| ≤ n × 0.005 × (k + 1).
    /// </summary>
    [Property(MaxTest = 200)]
    public Property Scaling_quantities_by_k_scales_measured_works_by_k_within_rounding() =>
        Prop.ForAll(Units, Arb.From(Gen.Choose(1, 50)), (unit, k) =>
        {
            var scaled = unit with { Lines = [.. unit.Lines.Select(l => l with { Quantity = l.Quantity * k })] };
            var measured = CeilingPriceCalculator.PriceUnitWork(unit, Rules).Price.MeasuredWorks;
            var scaledMeasured = CeilingPriceCalculator.PriceUnitWork(scaled, Rules).Price.MeasuredWorks;
            var n = unit.Lines.Count(l => l.Kind == LineKind.MeasuredWork);
            return Math.Abs(scaledMeasured - (k * measured)) <= n * 0.005m * (k + 1);
        });

    [Property(MaxTest = 500)]
    public Property Rounding_is_idempotent() =>
        Prop.ForAll(Arb.From(Gen.Choose(-1_000_000_000, 1_000_000_000).Select(n => n / 1000m)), x =>
            Money.Round(Money.Round(x)) == Money.Round(x));

    [Property(MaxTest = 200)]
    public Property A_tender_is_the_sum_of_its_unit_works() =>
        Prop.ForAll(Arb.From(BoqGenerators.Boq), boq =>
            CeilingPriceCalculator.Price(boq, Rules).Total
                == boq.UnitWorks.Sum(u => CeilingPriceCalculator.PriceUnitWork(u, Rules).Price.Total));

    [Fact]
    public void A_lump_sum_on_a_computable_base_is_priced_and_one_on_another_base_is_taken_as_stated()
    {
        var unit = new UnitWork("u", [new BoqLine("010101001001", "平整场地", "", "m2", 100m, 10m, LineKind.MeasuredWork)],
            [
                new LumpSumMeasure("1", "安全文明施工费", "分部分项工程费", CostBase.MeasuredWorks, 3.5m, 1m),
                new LumpSumMeasure("2", "二次搬运费", "定额人工费", null, 1m, 20m),
            ],
            OtherItems.None, ImmutableArray<StatutoryFee>.Empty);

        var pricing = CeilingPriceCalculator.PriceUnitWork(unit, Rules);

        Assert.True(pricing.LumpSums.SequenceEqual([new PricedItem(35m, true), new PricedItem(20m, false)]));
        Assert.Equal(35m, pricing.Price.SafetyCivilization);
    }
}
