using System.Reflection;
using Cost.Domain.Bills;
using FsCheck;
using FsCheck.Fluent;

namespace Cost.Tests.Domain.Bills;

public class FindingGroupTests
{
    private const string Building = "教学楼建筑与装饰工程", Plumbing = "教学楼给排水工程";

    private static BoqFinding Error(string? unit, string sheet, int? row, string? column, string rule = FindingRules.LineAmount) =>
        new(FindingSeverity.Error, rule, sheet, row, column, unit, null, null, $"{sheet}{column}{row}");

    private static BoqFinding Warning(string? unit, string sheet, int? row, string? column) =>
        new(FindingSeverity.Warning, FindingRules.UnitSpelling, sheet, row, column, unit, null, null, $"{sheet}{column}{row}");

    [Fact]
    public void Findings_are_grouped_by_unit_work_in_the_workbooks_order_with_the_workbook_as_a_whole_first()
    {
        BoqFinding[] findings =
        [
            Warning(Plumbing, "表-08 给排水", 9, "F"),
            Error(Building, "表-08 建筑", 12, "H"),
            Warning(null, "封面", 3, "B"),
            Error("未列入汇总的单位工程", "表-08 其他", 5, "H"),
        ];

        var groups = FindingGroup.ByUnit(findings, [Building, Plumbing]);

        Assert.Equal([null, Building, Plumbing, "未列入汇总的单位工程"], groups.Select(g => g.Unit));
        Assert.Equal(["工作簿整体", Building, Plumbing, "未列入汇总的单位工程"], groups.Select(g => g.Title));
    }

    [Fact]
    public void Within_a_unit_work_errors_come_first_then_sheet_as_met_row_and_column()
    {
        BoqFinding[] findings =
        [
            Warning(Building, "表-08", 3, "D"),
            Error(Building, "表-11", 7, "F"),
            Error(Building, "表-08", 21, "H"),
            Error(Building, "表-08", 21, "AA"),
            Error(Building, "表-08", 4, "H"),
            Error(Building, "表-08", null, null, FindingRules.MissingTable),
        ];

        var group = Assert.Single(FindingGroup.ByUnit(findings, [Building]));

        Assert.Equal(["表-08", "表-08H4", "表-08H21", "表-08AA21", "表-11F7", "表-08D3"], group.Findings.Select(f => f.Message));
        Assert.Equal((5, 1), (group.ErrorCount, group.WarningCount));
    }

    [Fact]
    public void Grouping_keeps_every_finding_once_and_each_group_lists_its_errors_first() =>
        Prop.ForAll(Gen.ListOf(Gen.Elements(Building, Plumbing, null).SelectMany(unit =>
                Gen.Elements("表-08", "表-11", "表-13").SelectMany(sheet =>
                    Gen.Choose(1, 60).SelectMany(row => Gen.Elements(true, false).Select(error =>
                        error ? Error(unit, sheet, row, "H") : Warning(unit, sheet, row, "H")))))).ToArbitrary(),
            findings =>
            {
                var groups = FindingGroup.ByUnit(findings, [Plumbing, Building]);
                var all = groups.SelectMany(g => g.Findings).ToList();
                return all.Count == findings.Count
                    && findings.All(f => all.Contains(f))
                    && groups.All(g => g.Findings.All(f => f.Unit == g.Unit)
                        && g.Findings.Select(f => f.Severity).SequenceEqual(g.Findings.Select(f => f.Severity).Order()))
                    && groups.Select(g => g.Unit).Distinct().Count() == groups.Length;
            }).QuickCheckThrowOnFailure();

    [Theory]
    [InlineData(12, "H", "H12")]
    [InlineData(12, null, "第 12 行")]
    [InlineData(null, null, "")]
    public void A_cell_is_named_as_a_spreadsheet_names_it(int? row, string? column, string expected) =>
        Assert.Equal(expected, FindingGroup.Cell(new BoqFinding(FindingSeverity.Error, FindingRules.Number, "表-08", row, column, null, null, null, "")));

    [Fact]
    public void Every_rule_code_has_a_chinese_name()
    {
        var codes = typeof(FindingRules).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetRawConstantValue()!).ToList();

        Assert.NotEmpty(codes);
        Assert.All(codes, code => Assert.NotEqual(code, FindingRuleNames.Of(code)));
        Assert.Equal(codes.Count, codes.Select(FindingRuleNames.Of).Distinct().Count());
        Assert.Equal("合价计算（line-amount）", FindingRuleNames.WithCode(FindingRules.LineAmount));
        Assert.Equal("some-future-rule", FindingRuleNames.Of("some-future-rule"));
    }
}
