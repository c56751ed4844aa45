using System.Collections.Immutable;
using Cost.Domain.Bills;
using Cost.Domain.Pricing;
using Cost.Tests.Importers.Bills;

namespace Cost.Tests.Domain.Pricing;

/// <summary>
/// The province's rules (SN-2025, sample values) on both sides of each line: 不可竞争费 rate and base
/// (GB 50500-2013 §3.1.5–3.1.6), required fees, abolished fees and the tax rate of the tender's tax method.
/// </summary>
public class ComplianceCheckTests
{
    private static readonly RuleSet Sn2025 = ProvincialBills.Sn2025;

    private static ImmutableArray<ComplianceBreach> Check(BoqBuilder builder, RuleSet? ruleSet = null, decimal? statedVat = null)
    {
        var rules = ruleSet ?? Sn2025;
        var unit = builder.BuildUnit() with { StatedVatRate = statedVat };
        return ComplianceCheck.Check(unit, CeilingPriceCalculator.PriceUnitWork(unit, rules), rules);
    }

    private static BoqBuilder With(string safetyBase = ProvincialBills.SafetyBase, decimal? safetyRate = 3.8m,
        decimal? insurance = 3.21m, decimal? housing = 0.59m, string feeBase = ProvincialBills.FeeBase, bool housingListed = true)
    {
        var b = new BoqBuilder()
            .Line("010101001001", "平整场地", "m2", 100.5m, 1.85m)
            .Line("011701001001", "综合脚手架", "m2", 300m, 38.6m)
            .LumpSum("安全文明施工费", safetyBase, safetyRate)
            .Fee("1.1", "社会保险费", feeBase, insurance);
        return housingListed ? b.Fee("1.2", "住房公积金", ProvincialBills.FeeBase, housing) : b;
    }

    [Fact]
    public void The_sample_rule_set_is_provincial_and_marked_as_sample_values()
    {
        Assert.Equal(RuleSetKind.Provincial, Sn2025.Kind);
        Assert.True(Sn2025.SampleValues);
        Assert.Equal(0.09m, Sn2025.VatRate);
        Assert.Equal(0.03m, Sn2025.For(TaxMethod.Simple).VatRate);
        Assert.Equal(["社会保险费", "住房公积金"], Sn2025.RequiredFees.Select(f => f.Name));
    }

    [Fact]
    public void A_compliant_unit_work_has_no_breach()
    {
        Assert.Empty(Check(ProvincialBills.Compliant()));
    }

    [Fact]
    public void A_rate_is_compared_as_written_so_3_8_is_the_rule_sets_3_80()
    {
        Assert.Equal(3.80m, Sn2025.NonCompetitiveFees[0].RatePercent);
        Assert.Empty(Check(With(safetyRate: 3.8m)));
        Assert.Empty(Check(With(safetyRate: 3.800m)));
    }

    [Fact]
    public void A_safety_fee_below_the_provincial_rate_is_an_error_with_stated_and_expected_rates()
    {
        var breach = Assert.Single(Check(With(safetyRate: 0.5m)));
        Assert.Equal(FindingRules.NonCompetitiveRate, breach.Rule);
        Assert.Equal(FindingSeverity.Error, breach.Severity);
        Assert.Equal((BreachPlace.LumpSum, 0), (breach.Place, breach.Index));
        Assert.Equal((0.5m, 3.80m), (breach.Stated, breach.Expected));
        Assert.Contains("3.8%", breach.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_safety_fee_without_a_rate_is_an_error()
    {
        var breach = Assert.Single(Check(With(safetyRate: null)), b => b.Rule == FindingRules.NonCompetitiveRate);
        Assert.Null(breach.Stated);
    }

    [Fact]
    public void A_base_with_full_width_plus_and_spaces_is_the_same_base()
    {
        Assert.Empty(Check(With(safetyBase: " 分部分项工程费 ＋ 单价措施项目费　")));
    }

    [Fact]
    public void Another_base_is_an_error_naming_both_bases()
    {
        var breach = Assert.Single(Check(With(safetyBase: "分部分项工程费")));
        Assert.Equal(FindingRules.NonCompetitiveBase, breach.Rule);
        Assert.Contains("“分部分项工程费”", breach.Message, StringComparison.Ordinal);
        Assert.Contains(ProvincialBills.SafetyBase, breach.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_statutory_fee_at_another_rate_or_base_is_an_error()
    {
        var rate = Assert.Single(Check(With(insurance: 3.55m)));
        Assert.Equal((FindingRules.NonCompetitiveRate, BreachPlace.Fee, 0, 3.55m, 3.21m), (rate.Rule, rate.Place, rate.Index, rate.Stated, rate.Expected));

        var @base = Assert.Single(Check(With(feeBase: "分部分项工程费+措施项目费")));
        Assert.Equal((FindingRules.NonCompetitiveBase, BreachPlace.Fee, 0), (@base.Rule, @base.Place, @base.Index));
    }

    [Fact]
    public void A_required_fee_that_is_missing_is_an_error_about_its_table()
    {
        var breach = Assert.Single(Check(With(housingListed: false)));
        Assert.Equal((FindingRules.MissingFee, BreachPlace.FeeTable), (breach.Rule, breach.Place));
        Assert.Contains("住房公积金", breach.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(null)]
    public void A_required_fee_priced_at_zero_is_an_error_at_its_row(int? rate)
    {
        var breach = Assert.Single(Check(With(housing: rate)));
        Assert.Equal((FindingRules.MissingFee, BreachPlace.Fee, 1), (breach.Rule, breach.Place, breach.Index));
        Assert.Equal(0.59m, breach.Expected);
    }

    [Fact]
    public void An_abolished_fee_at_zero_is_accepted()
    {
        Assert.Empty(Check(ProvincialBills.Compliant().Fee("1.3", "工程排污费", ProvincialBills.FeeBase, 0m)));
        Assert.Empty(Check(ProvincialBills.Compliant().LumpSum("工程定额测定费", "", null, stated: 0m)));
    }

    [Fact]
    public void An_abolished_fee_priced_above_zero_is_an_error_in_either_table()
    {
        var fee = Assert.Single(Check(ProvincialBills.Compliant().Fee("1.3", "工程排污费", ProvincialBills.FeeBase, 0.1m)));
        Assert.Equal((FindingRules.AbolishedFee, FindingSeverity.Error, BreachPlace.Fee, 2), (fee.Rule, fee.Severity, fee.Place, fee.Index));
        Assert.Contains("2018-01-01", fee.Message, StringComparison.Ordinal);
        Assert.True(fee.Stated > 0m);

        var lumpSum = Assert.Single(Check(ProvincialBills.Compliant().LumpSum("工程定额测定费", "", null, stated: 0.01m)));
        Assert.Equal((FindingRules.AbolishedFee, BreachPlace.LumpSum, 2, 0.01m, 0m), (lumpSum.Rule, lumpSum.Place, lumpSum.Index, lumpSum.Stated, lumpSum.Expected));
    }

    [Fact]
    public void Under_a_provincial_set_a_tax_rate_other_than_the_tax_methods_is_an_error()
    {
        Assert.Empty(Check(ProvincialBills.Compliant(), statedVat: 0.09m));
        Assert.Empty(Check(ProvincialBills.Compliant(), Sn2025.For(TaxMethod.Simple), statedVat: 0.03m));

        var breach = Assert.Single(Check(ProvincialBills.Compliant(), Sn2025.For(TaxMethod.Simple), statedVat: 0.09m));
        Assert.Equal((FindingRules.TaxRate, FindingSeverity.Error, BreachPlace.Tax, 9m, 3m), (breach.Rule, breach.Severity, breach.Place, breach.Stated, breach.Expected));
    }

    [Fact]
    public void A_national_set_checks_arithmetic_only_and_warns_about_another_tax_rate()
    {
        var national = Workbooks.RuleSet;
        Assert.Empty(Check(With(safetyRate: 0.5m, housingListed: false).Fee("1.3", "工程排污费", ProvincialBills.FeeBase, 0.1m), national));

        var breach = Assert.Single(Check(ProvincialBills.Compliant(), national, statedVat: 0.11m));
        Assert.Equal((FindingRules.Tax, FindingSeverity.Warning), (breach.Rule, breach.Severity));
    }
}
