using Cost.Domain.Bills;
using Cost.Domain.Pricing;

namespace Cost.Importers.Bills;

/// <summary>
/// Places what <see cref="ComplianceCheck"/> found at the cells a compiler must change: the rate cell for a
/// rate, the 计算基础 cell for a base, the amount cell for a fee missing, at zero or abolished; a fee the
/// table lacks altogether concerns the table's sheet.
/// </summary>
internal static class ComplianceFindings
{
    public static void Add(UnitWork unit, UnitWorkPricing pricing, RuleSet ruleSet, LumpSumTable lumpSums, FeeTable fees,
        string? lumpSumSheet, string? feeSheet, FindingSink sink)
    {
        foreach (var breach in ComplianceCheck.Check(unit, pricing, ruleSet))
        {
            var row = breach.Place switch
            {
                BreachPlace.LumpSum => lumpSums.Rows[breach.Index],
                BreachPlace.Fee => fees.FeeRows[breach.Index],
                BreachPlace.Tax => fees.TaxRow,
                _ => null,
            };
            if (row is null)
            {
                sink.Error(breach.Rule, breach.Place == BreachPlace.LumpSumTable ? lumpSumSheet : feeSheet, breach.Message);
                continue;
            }

            var at = breach.Rule switch
            {
                FindingRules.NonCompetitiveBase => row.BaseAt,
                FindingRules.NonCompetitiveRate or FindingRules.TaxRate or FindingRules.Tax => row.Rate.At,
                _ => row.Amount.At,
            };
            if (breach.Severity == FindingSeverity.Error)
            {
                sink.Error(breach.Rule, at, breach.Message, row.Item, breach.Stated, breach.Expected);
            }
            else
            {
                sink.Warning(breach.Rule, at, breach.Message, row.Item, breach.Stated, breach.Expected);
            }
        }
    }
}
