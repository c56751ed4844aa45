using System.Collections.Immutable;
using Cost.Domain;
using Cost.Domain.Bills;
using Cost.Domain.Materials;
using Cost.Domain.Prices;
using Cost.Tests.Importers.Prices;

namespace Cost.Tests.Domain.Materials;

public sealed class MaterialPriceCheckTests
{
    private static readonly YearMonth Month = new(2026, 10);
    private static readonly MaterialMatcher Matcher = new(RepoData.Catalogue, RepoData.Units);

    // The city's published tax-exclusive prices of the month.
    private static readonly RegionPrices City = Prices("610100", "西安市",
        ("01010201", "HRB400E Φ12", 4000m), ("80210504", "C30", 500m), ("05010101", "综合", 2000m), ("00010101", "", 150m));

    private static RegionPrices Prices(string region, string name, params (string Code, string Spec, decimal Excl)[] prices) =>
        new(region, name, [.. prices.Select(p => RepoData.Catalogue.Find(p.Code, p.Spec) is { } r
            ? new InfoPrice(r.Code, r.Spec, r.Name, r.Unit, r.Category, Money.Round(p.Excl * (1 + r.VatRate)), p.Excl, r.VatRate, 5, false, false)
            : throw new InvalidOperationException(p.Code))]);

    private static MaterialRow Row(string? code, string name, string spec, string unit, decimal? price) =>
        new("主要材料", 7, "G", null, code, name, spec, unit, 10m, price);

    private static MaterialCheckLine CheckOne(MaterialRow row, params RegionPrices[] prices) =>
        Assert.Single(Check([row], prices.Length == 0 ? [City] : prices).Lines);

    private static MaterialCheck Check(IEnumerable<MaterialRow> rows, IReadOnlyList<RegionPrices> prices, string region = "610100") =>
        MaterialPriceCheck.Check(rows, Matcher, (region, region == "610100" ? "西安市" : "雁塔区"), Month, prices, MaterialPriceCheckOptions.Default);

    [Fact]
    public void A_catalogue_code_with_one_spec_matches_by_code_alone()
    {
        var line = CheckOne(Row("05010101", "杉木方", "", "m3", 2000m));

        Assert.Equal(MaterialStatus.Within, line.Status);
        Assert.Equal("05010101", line.ResourceCode);
        Assert.Equal(2000m, line.InfoPrice);
    }

    [Fact]
    public void A_code_with_several_specs_is_told_apart_by_the_spec_column_or_the_end_of_a_combined_name()
    {
        var bySpec = CheckOne(Row("01010201", "热轧带肋钢筋", "HRB400E φ12", "t", 4000m));
        var byCombined = CheckOne(Row("01010201", "热轧带肋钢筋 HRB400E Φ12", "", "t", 4000m));
        var unknownSpec = CheckOne(Row("01010201", "热轧带肋钢筋", "HRB400E Φ13", "t", 4000m));

        Assert.Equal(("01010201", "HRB400E Φ12"), (bySpec.ResourceCode, bySpec.ResourceSpec));
        Assert.Equal(("01010201", "HRB400E Φ12"), (byCombined.ResourceCode, byCombined.ResourceSpec));
        Assert.Equal(MaterialStatus.Unmatched, unknownSpec.Status);
    }

    [Fact]
    public void A_combined_name_cell_without_a_code_matches_name_and_spec_with_spaces_removed()
    {
        var line = CheckOne(Row(null, "热轧带肋钢筋HRB400E  Φ12", "", "吨", 4100m));

        Assert.Equal(MaterialStatus.Within, line.Status);
        Assert.Equal("HRB400E Φ12", line.ResourceSpec);
    }

    [Fact]
    public void Name_spec_and_unit_match_through_a_unit_alias_and_a_unit_conversion()
    {
        var cubic = CheckOne(Row("ZC-0012", "预拌混凝土", "C30", "m³", 500m));
        var perKilogram = CheckOne(Row(null, "热轧带肋钢筋", "HRB400E Φ12", "kg", 4m));
        var otherUnit = CheckOne(Row(null, "预拌混凝土", "C30", "m2", 500m));

        Assert.Equal(("80210504", MaterialStatus.Within), (cubic.ResourceCode, cubic.Status));
        Assert.Equal((4.00m, MaterialStatus.Within), (perKilogram.InfoPrice, perKilogram.Status));
        Assert.Equal(MaterialStatus.Unmatched, otherUnit.Status);
    }

    [Fact]
    public void Labour_and_machinery_are_listed_and_never_compared()
    {
        var check = Check([
            Row("00010101", "普工", "", "工日", 400m),
            Row(null, "综合工日", "", "工日", 400m),
            Row(null, "某型号塔式起重机", "", "台班", 9999m),
        ], [City]);

        Assert.Equal([MaterialStatus.Labour, MaterialStatus.Labour, MaterialStatus.Machinery], check.Lines.Select(l => l.Status));
        Assert.Empty(check.Findings());
    }

    [Fact]
    public void A_price_25_percent_above_the_information_price_is_a_warning_at_its_cell()
    {
        var check = Check([Row("01010201", "热轧带肋钢筋 HRB400E Φ12", "", "t", 5000m)], [City]);

        var finding = Assert.Single(check.Findings());
        Assert.Equal((FindingSeverity.Warning, FindingRules.MaterialPrice), (finding.Severity, finding.Rule));
        Assert.Equal(("主要材料", 7, "G"), (finding.Sheet, finding.Row, finding.Column));
        Assert.Equal((5000m, 4000m), (finding.Stated, finding.Expected));
        Assert.Contains("25.0%", finding.Message, StringComparison.Ordinal);
        Assert.Contains("西安市", finding.Message, StringComparison.Ordinal);
        Assert.Contains("2026年10月", finding.Message, StringComparison.Ordinal);
        Assert.Equal(25.0m, check.Lines[0].DeviationPercent);
    }

    [Theory]
    [InlineData(4200, MaterialStatus.Within)]
    [InlineData(3800, MaterialStatus.Within)]
    [InlineData(4400, MaterialStatus.Within)]
    [InlineData(4400.01, MaterialStatus.Deviating)]
    [InlineData(3000, MaterialStatus.Deviating)]
    public void The_band_is_ten_percent_either_side(decimal stated, MaterialStatus status) =>
        Assert.Equal(status, CheckOne(Row("01010201", "热轧带肋钢筋", "HRB400E Φ12", "t", stated)).Status);

    [Fact]
    public void A_district_without_a_price_is_compared_with_its_city_and_its_own_price_wins_where_it_has_one()
    {
        var district = Prices("610113", "雁塔区", ("80210504", "C30", 520m));
        var check = Check([Row("01010201", "热轧带肋钢筋", "HRB400E Φ12", "t", 4000m), Row("80210504", "预拌混凝土", "C30", "m3", 520m)],
            [district, City], region: "610113");

        Assert.Equal(("610100", "西安市", 4000m), (check.Lines[0].PriceRegion, check.Lines[0].PriceRegionName, check.Lines[0].InfoPrice));
        Assert.Equal(("610113", 520m), (check.Lines[1].PriceRegion, check.Lines[1].InfoPrice));
        Assert.Equal("610100", RegionCode.CityOf("610113"));
        Assert.Null(RegionCode.CityOf("610100"));
    }

    [Fact]
    public void A_material_whose_series_has_no_price_that_month_is_listed_as_no_price_not_a_finding()
    {
        var check = Check([Row("01010201", "热轧带肋钢筋", "HRB400E Φ25", "t", 9000m)], [City]);
        var unpublished = MaterialPriceCheck.Check([Row("01010201", "热轧带肋钢筋", "HRB400E Φ12", "t", 9000m)], Matcher, ("610100", "西安市"),
            null, ImmutableArray<RegionPrices>.Empty, MaterialPriceCheckOptions.Default);

        Assert.Equal(MaterialStatus.NoPrice, check.Lines[0].Status);
        Assert.Equal(MaterialStatus.NoPrice, unpublished.Lines[0].Status);
        Assert.Empty(check.Findings());
        Assert.Empty(unpublished.Findings());
    }

    [Fact]
    public void A_row_the_catalogue_does_not_know_is_unmatched()
    {
        var line = CheckOne(Row("XYZ001", "进口石材 某品牌", "", "m2", 1200m));

        Assert.Equal(MaterialStatus.Unmatched, line.Status);
        Assert.Null(line.InfoPrice);
    }
}
