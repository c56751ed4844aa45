using Cost.Domain.Prices;
using Cost.Tests.Importers.Prices;

namespace Cost.Tests.Domain.Prices;

public class ResourceCatalogueTests
{
    private static readonly decimal[] Rates = [0m, 0.03m, 0.09m, 0.13m];

    private static ResourceCatalogue Catalogue => RepoData.Catalogue;

    [Fact]
    public void The_shipped_catalogue_has_over_300_resources_with_8_digit_codes_and_known_units()
    {
        Assert.InRange(Catalogue.All.Length, 300, 2000);
        Assert.All(Catalogue.All, r =>
        {
            Assert.Matches("^[0-9]{8}$", r.Code);
            Assert.NotNull(RepoData.Units.Normalize(r.Unit));
            Assert.Equal(r.Unit, RepoData.Units.Normalize(r.Unit));
            Assert.Contains(r.VatRate, Rates);
        });
        Assert.Superset(new HashSet<string> { "人工", "钢材", "水泥", "商品混凝土", "砂石", "砖瓦砌块", "木材", "管材管件", "电线电缆", "沥青", "防水材料", "装饰材料", "机械台班" },
            Catalogue.Categories.ToHashSet());
    }

    [Fact]
    public void Finds_by_code_and_spec_in_any_spelling()
    {
        var rebar = Catalogue.Find("01010201", "HRB400E Φ12");

        Assert.NotNull(rebar);
        Assert.Equal("t", rebar.Unit);
        Assert.Same(rebar, Catalogue.Find("01010201", "hrb400e  φ12"));
        Assert.Same(rebar, Catalogue.Find("01010201", "ＨＲＢ400ＥΦ12"));
        Assert.Null(Catalogue.Find("01010201", "HRB400E Φ13"));
        Assert.Equal(11, Catalogue.FindByCode("01010201").Length);
        Assert.Empty(Catalogue.FindByCode("99999999"));
    }

    [Fact]
    public void Searches_by_code_prefix_name_or_spec_within_a_category()
    {
        Assert.All(Catalogue.Search("0101"), r => Assert.StartsWith("0101", r.Code, StringComparison.Ordinal));
        Assert.Contains(Catalogue.Search("C30"), r => r.Category == "商品混凝土" && r.Spec == "C30");
        Assert.All(Catalogue.Search("C30", "商品混凝土"), r => Assert.Equal("商品混凝土", r.Category));
        Assert.Contains(Catalogue.Search("挖掘机"), r => r.Spec == "斗容量1m3");
        Assert.Contains(Catalogue.Search("BV-2.5mm²"), r => r.Spec == "BV-2.5mm2");
        Assert.Equal(Catalogue.All.Length, Catalogue.Search(null).Length);
        Assert.Equal(18, Catalogue.Search("", "人工").Length);
    }

    [Fact]
    public void A_duplicate_code_and_spec_is_refused()
    {
        var r = new Resource("01010101", "钢筋", "HPB300 Φ10", "t", "钢材", 0.13m);

        Assert.Throws<ArgumentException>(() => new ResourceCatalogue([r, r with { Spec = "hpb300 φ10" }]));
    }

    [Fact]
    public void The_method_file_holds_the_published_parameters()
    {
        Assert.Equal(InfoPriceMethod.Default, RepoData.Read<InfoPriceMethod>("info-price-method.json"));
    }
}
