using Cost.Domain.Bills;

namespace Cost.Tests.Domain.Bills;

public class CostBaseParserTests
{
    [Theory]
    [InlineData("分部分项工程费", CostBase.MeasuredWorks)]
    [InlineData("分部分项工程费+单价措施项目费", CostBase.MeasuredWorks | CostBase.UnitPricedMeasures)]
    [InlineData("分部分项工程费 ＋ 措施项目费", CostBase.MeasuredWorks | CostBase.Measures)]
    [InlineData("单价措施项目费", CostBase.UnitPricedMeasures)]
    [InlineData("总价措施项目费", CostBase.LumpSumMeasures)]
    [InlineData("分部分项工程费+措施项目费+其他项目费+规费", CostBase.MeasuredWorks | CostBase.Measures | CostBase.OtherItems | CostBase.StatutoryFees)]
    public void Names_of_computed_sums_are_read(string text, CostBase expected) =>
        Assert.Equal(expected, CostBaseParser.Parse(text));

    [Theory]
    [InlineData("定额人工费")]
    [InlineData("分部分项工程费+定额人工费")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void Anything_else_is_unknown(string? text) => Assert.Null(CostBaseParser.Parse(text));
}
