using Cost.Domain.Bills;

namespace Cost.Tests.Domain.Bills;

public class ItemCodeTests
{
    [Theory]
    [InlineData("010101001001", true)]
    [InlineData("01010100100", false)]
    [InlineData("0101010010011", false)]
    [InlineData("01010100100A", false)]
    [InlineData("０１０１０１００１００１", false)]
    [InlineData("", false)]
    public void Codes_are_twelve_ascii_digits(string code, bool wellFormed) =>
        Assert.Equal(wellFormed, ItemCode.IsWellFormed(code));

    [Theory]
    [InlineData("011701001001", true)]
    [InlineData("031301017001", true)]
    [InlineData("041101001001", true)]
    [InlineData("010101001001", false)]
    [InlineData("031001001001", false)]
    public void Measures_are_recognised_by_prefix(string code, bool measures) =>
        Assert.Equal(measures, ItemCode.HasMeasuresPrefix(code));

    [Theory]
    [InlineData("010101001001", "房屋建筑与装饰工程")]
    [InlineData("031001001001", "通用安装工程")]
    [InlineData("991001001001", null)]
    public void The_first_two_digits_name_the_discipline(string code, string? discipline) =>
        Assert.Equal(discipline, ItemCode.Discipline(code));
}
