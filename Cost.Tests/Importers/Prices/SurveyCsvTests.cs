using Cost.Domain.Prices;
using static Cost.Tests.Importers.Prices.Surveys;

namespace Cost.Tests.Importers.Prices;

public class SurveyCsvTests
{
    private const string Body = """
        01010201,热轧带肋钢筋,HRB400E Φ12,t,3850,13,120,西安宏达钢铁贸易有限公司,2026-10-08
        80210504,预拌混凝土,C30,m3,465.5,3,800,陕西秦龙商砼有限公司,2026/10/9
        00010101,普工,,工日,180,0,,长安劳务有限公司,2026年10月12日
        """;

    [Fact]
    public void Utf8_with_and_without_bom_and_gb18030_read_the_same()
    {
        var text = Header + "\n" + Body + "\n";
        var plain = Csv(text);
        var bom = Csv(text, bom: true);
        var gbk = Read(Gb18030.GetBytes(text));

        Assert.False(plain.IsRefused);
        Assert.Empty(plain.Rejected);
        Assert.Equal(3, plain.Accepted.Length);
        Assert.Equal(plain.Accepted.ToArray(), bom.Accepted.ToArray());
        Assert.Equal(plain.Accepted.ToArray(), gbk.Accepted.ToArray());
        Assert.Equal("西安宏达钢铁贸易有限公司", gbk.Accepted[0].Supplier);
    }

    [Fact]
    public void Accepted_rows_carry_the_catalogue_spec_rate_and_their_source_row()
    {
        var result = Csv(Header + "\n" + Body + "\n");

        var rebar = result.Accepted[0];
        Assert.Equal(new PriceObservation("01010201", "HRB400E Φ12", 3850m, 0.13m, 120m, "西安宏达钢铁贸易有限公司",
            new DateOnly(2026, 10, 8), new ObservationSource("surveyor1", "survey.csv", "0123abcd", 2)), rebar);
        Assert.Equal(0.03m, result.Accepted[1].VatRate);
        Assert.Equal(new DateOnly(2026, 10, 9), result.Accepted[1].QuotedOn);
        Assert.Equal(3, result.Accepted[1].Source.Row);
        Assert.Equal("", result.Accepted[2].Spec); // the only spec of 普工, taken from the catalogue
        Assert.Null(result.Accepted[2].Quantity);
        Assert.Equal(new DateOnly(2026, 10, 12), result.Accepted[2].QuotedOn);
    }

    [Fact]
    public void Header_variants_extra_columns_and_another_order_are_understood()
    {
        var text = """
            序号,日期,供应商,含税单价（元）,单位,规格/型号,资源编码,税率%,数量,备注
            1,2026-10-08,西安宏达钢铁贸易有限公司,"3,850.00",吨,hrb400e φ12,01010201,13%,120,现货
            2,2026-10-09,陕西秦龙商砼有限公司,４６５.５,立方米,C30,80210504,3,800,
            """;

        var result = Csv(text);

        Assert.Empty(result.Rejected);
        Assert.Equal([3850m, 465.5m], result.Accepted.Select(o => o.PriceInclTax));
        Assert.Equal("HRB400E Φ12", result.Accepted[0].Spec);
    }

    [Theory]
    [InlineData("含税价", "税率")]
    [InlineData("单价(含税)", "税率（%）")]
    [InlineData("含税单价(元)", "增值税税率")]
    public void Price_and_rate_headers_have_variants(string price, string rate)
    {
        var result = Csv($"资源编码,规格型号,单位,{price},{rate},报价单位,报价日期\n01010201,HRB400E Φ12,t,3850,0.13,甲,2026-10-08\n");

        Assert.Equal(3850m, Assert.Single(result.Accepted).PriceInclTax);
    }

    [Fact]
    public void A_title_above_the_header_quoted_fields_and_crlf_are_fine()
    {
        var text = "西安市建设工程材料价格调查表（2026年10月）,,,,,,,,\r\n" + Header + "\r\n"
            + "01010201,热轧带肋钢筋,\"HRB400E Φ12\",t,\"3,850\",13,120,\"西安宏达钢铁贸易有限公司，\"\"长安\"\"分部\",2026-10-08\r\n";

        var result = Csv(text);

        var o = Assert.Single(result.Accepted);
        Assert.Equal(3, o.Source.Row);
        Assert.Equal("西安宏达钢铁贸易有限公司，\"长安\"分部", o.Supplier);
    }

    [Fact]
    public void Tab_separated_text_is_read_too()
    {
        var result = Csv(Header.Replace(',', '\t') + "\n01010201\t热轧带肋钢筋\tHRB400E Φ12\tt\t3850\t13\t120\t甲\t2026-10-08\n");

        Assert.Single(result.Accepted);
    }

    [Fact]
    public void A_quote_per_kg_becomes_a_price_per_tonne()
    {
        var o = Assert.Single(Lines("01010201,热轧带肋钢筋,HRB400E Φ12,公斤,3.85,13,2000,甲,2026-10-08").Accepted);

        Assert.Equal(3850m, o.PriceInclTax);
        Assert.Equal(2m, o.Quantity);
    }

    [Fact]
    public void Bricks_by_the_piece_become_thousands_and_sand_by_the_tonne_becomes_cubic_metres()
    {
        var result = Lines(
            "04130101,烧结煤矸石普通砖,240×115×53,块,0.52,3,50000,甲,2026-10-08",
            "04030101,天然砂,中砂,t,87.75,3,100,乙,2026-10-08");

        Assert.Equal(520m, result.Accepted[0].PriceInclTax);
        Assert.Equal(50m, result.Accepted[0].Quantity);
        Assert.Equal(135m, result.Accepted[1].PriceInclTax); // 87.75 / 0.65
        Assert.Equal(65m, result.Accepted[1].Quantity);
    }

    [Fact]
    public void A_code_that_lost_its_leading_zeros_gets_them_back()
    {
        var o = Assert.Single(Lines("10101,普工,,工日,180,,,甲,2026-10-08").Accepted);

        Assert.Equal("00010101", o.ResourceCode);
    }

    [Fact]
    public void Excel_serial_dates_and_dates_with_times_are_read()
    {
        var serial = new DateOnly(2026, 10, 8).DayNumber - new DateOnly(1899, 12, 30).DayNumber;
        var result = Lines(
            $"01010201,,HRB400E Φ12,t,3850,13,1,甲,{serial}",
            "01010201,,HRB400E Φ12,t,3850,13,1,甲,2026-10-09 14:30:00",
            "01010201,,HRB400E Φ12,t,3850,13,1,甲,2026.10.10");

        Assert.Empty(result.Rejected);
        Assert.Equal([8, 9, 10], result.Accepted.Select(o => o.QuotedOn.Day));
    }
}
