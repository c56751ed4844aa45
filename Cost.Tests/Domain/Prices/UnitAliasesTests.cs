using Cost.Domain.Prices;
using Cost.Tests.Importers.Prices;

namespace Cost.Tests.Domain.Prices;

public class UnitAliasesTests
{
    private static UnitAliases Units => RepoData.Units;

    [Theory]
    [InlineData("吨", "t")]
    [InlineData("T", "t")]
    [InlineData("公斤", "kg")]
    [InlineData("m³", "m3")]
    [InlineData("立方米", "m3")]
    [InlineData("方", "m3")]
    [InlineData("㎡", "m2")]
    [InlineData("平米", "m2")]
    [InlineData("ｍ２", "m2")]
    [InlineData("千匹", "千块")]
    [InlineData(" 工日 ", "工日")]
    [InlineData("台·班", "台班")]
    public void Spellings_normalise_to_the_catalogue_unit(string spelling, string unit) =>
        Assert.Equal(unit, Units.Normalize(spelling));

    [Theory]
    [InlineData("桶")]
    [InlineData("")]
    [InlineData("吨吨")]
    public void Unknown_spellings_are_unknown(string spelling) => Assert.Null(Units.Normalize(spelling));

    [Fact]
    public void Converts_to_the_resource_unit_in_both_directions_and_only_where_it_applies()
    {
        var rebar = RepoData.Catalogue.Find("01010201", "HRB400E Φ12")!;
        var wire = RepoData.Catalogue.Find("01050101", "8#")!;
        var sand = RepoData.Catalogue.Find("04030101", "中砂")!;
        var brick = RepoData.Catalogue.FindByCode("04130101")[0];
        var concrete = RepoData.Catalogue.Find("80210504", "C30")!;

        Assert.True(Units.TryConvert("吨", rebar, out var same));
        Assert.Equal(1m, same);
        Assert.True(Units.TryConvert("公斤", rebar, out var kg));
        Assert.Equal(0.001m, kg);
        Assert.True(Units.TryConvert("t", wire, out var tonnes));
        Assert.Equal(1000m, tonnes);
        Assert.True(Units.TryConvert("块", brick, out var bricks));
        Assert.Equal(0.001m, bricks);
        Assert.True(Units.TryConvert("t", sand, out var sandTonnes));
        Assert.Equal(0.65m, sandTonnes);
        Assert.False(Units.TryConvert("t", concrete, out _));
        Assert.False(Units.TryConvert("m2", rebar, out _));
        Assert.False(Units.TryConvert("桶", rebar, out _));
    }
}
