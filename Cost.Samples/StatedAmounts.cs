using Cost.Domain.Bills;
using Cost.Domain.Pricing;

namespace Cost.Samples;

/// <summary>
/// A bill as the workbook reader gives it back from a workbook written by
/// <see cref="BoqWorkbookWriter"/>: the writer states what the system computes, so every 表-11 and
/// 表-13 item's stated amount becomes its priced amount, and the stated VAT rate the rule set's
/// when none was given.
/// </summary>
public static class StatedAmounts
{
    public static Boq Settle(Boq boq, RuleSet ruleSet)
    {
        ArgumentNullException.ThrowIfNull(boq);
        ArgumentNullException.ThrowIfNull(ruleSet);
        return boq with { UnitWorks = [.. boq.UnitWorks.Select(u => Settle(u, ruleSet))] };
    }

    public static UnitWork Settle(UnitWork unit, RuleSet ruleSet)
    {
        ArgumentNullException.ThrowIfNull(unit);
        var pricing = CeilingPriceCalculator.PriceUnitWork(unit, ruleSet);
        return unit with
        {
            LumpSums = [.. unit.LumpSums.Zip(pricing.LumpSums, (m, p) => m with { StatedAmount = p.Amount })],
            Fees = [.. unit.Fees.Zip(pricing.Fees, (f, p) => f with { StatedAmount = p.Amount })],
            StatedVatRate = unit.StatedVatRate ?? ruleSet.VatRate,
        };
    }
}
