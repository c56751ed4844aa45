using static Cost.Tests.Importers.Prices.Surveys;

namespace Cost.Tests.Importers.Prices;

/// <summary>Every row-level problem rejects that row, at its row and column, and keeps the good rows.</summary>
public class SurveyRejectionTests
{
    private const string Good = "01010201,热轧带肋钢筋,HRB400E Φ12,t,3850,13,120,甲,2026-10-08";

    [Theory]
    [InlineData("99999999,某材料,,t,3850,13,1,甲,2026-10-08", "A", "资源编码 99999999 不在资源目录中")]
    [InlineData(",热轧带肋钢筋,HRB400E Φ12,t,3850,13,1,甲,2026-10-08", "A", "资源编码为空")]
    [InlineData("01010201,热轧带肋钢筋,HRB400E Φ13,t,3850,13,1,甲,2026-10-08", "C", "规格型号“HRB400E Φ13”不在资源编码 01010201 的目录中")]
    [InlineData("01010201,热轧带肋钢筋,,t,3850,13,1,甲,2026-10-08", "C", "资源编码 01010201 有 11 个规格型号，请填写规格型号")]
    [InlineData("01010201,热轧带肋钢筋,HRB400E Φ12,桶,3850,13,1,甲,2026-10-08", "D", "单位“桶”无法识别")]
    [InlineData("01010201,热轧带肋钢筋,HRB400E Φ12,,3850,13,1,甲,2026-10-08", "D", "单位为空")]
    [InlineData("01010201,热轧带肋钢筋,HRB400E Φ12,m2,3850,13,1,甲,2026-10-08", "D", "单位“m2”不能换算为资源目录的单位 t")]
    [InlineData("01010201,热轧带肋钢筋,HRB400E Φ12,t,面议,13,1,甲,2026-10-08", "E", "含税单价“面议”不是数字")]
    [InlineData("01010201,热轧带肋钢筋,HRB400E Φ12,t,,13,1,甲,2026-10-08", "E", "含税单价为空")]
    [InlineData("01010201,热轧带肋钢筋,HRB400E Φ12,t,0,13,1,甲,2026-10-08", "E", "含税单价 0 不是正数")]
    [InlineData("01010201,热轧带肋钢筋,HRB400E Φ12,t,-3850,13,1,甲,2026-10-08", "E", "含税单价 -3,850 不是正数")]
    [InlineData("01010201,热轧带肋钢筋,HRB400E Φ12,t,3850,17,1,甲,2026-10-08", "F", "税率 17% 高于增值税最高税率 13%")]
    [InlineData("01010201,热轧带肋钢筋,HRB400E Φ12,t,3850,十三,1,甲,2026-10-08", "F", "税率“十三”无法识别")]
    [InlineData("01010201,热轧带肋钢筋,HRB400E Φ12,t,3850,13,很多,甲,2026-10-08", "G", "数量“很多”不是数字")]
    [InlineData("01010201,热轧带肋钢筋,HRB400E Φ12,t,3850,13,-5,甲,2026-10-08", "G", "数量 -5 为负数")]
    [InlineData("01010201,热轧带肋钢筋,HRB400E Φ12,t,3850,13,1,甲,2026-09-30", "I", "报价日期 2026-09-30 不在调查期 2026年10月 内")]
    [InlineData("01010201,热轧带肋钢筋,HRB400E Φ12,t,3850,13,1,甲,2026-11-01", "I", "报价日期 2026-11-01 不在调查期 2026年10月 内")]
    [InlineData("01010201,热轧带肋钢筋,HRB400E Φ12,t,3850,13,1,甲,2026-10-32", "I", "报价日期“2026-10-32”无法识别")]
    [InlineData("01010201,热轧带肋钢筋,HRB400E Φ12,t,3850,13,1,甲,", "I", "报价日期为空")]
    public void A_bad_row_is_rejected_at_its_row_and_column_and_the_good_rows_are_kept(string bad, string column, string message)
    {
        var result = Lines(Good, bad, Good);

        Assert.False(result.IsRefused);
        Assert.Equal([2, 4], result.Accepted.Select(o => o.Source.Row));
        var rejection = Assert.Single(result.Rejected);
        Assert.Equal(3, rejection.Row);
        Assert.Equal(column, rejection.Column);
        Assert.Contains(message, rejection.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_problem_of_a_row_is_named_in_one_rejection()
    {
        var rejection = Assert.Single(Lines("01010201,热轧带肋钢筋,HRB400E Φ12,桶,0,13,1,甲,2026-09-01").Rejected);

        Assert.Equal("D", rejection.Column);
        Assert.Equal("单位“桶”无法识别；含税单价 0 不是正数；报价日期 2026-09-01 不在调查期 2026年10月 内。", rejection.Message);
    }

    [Fact]
    public void Blank_rows_and_a_repeated_header_are_skipped_not_rejected()
    {
        var result = Lines(Good, ",,,,,,,,", "", Header, Good);

        Assert.Empty(result.Rejected);
        Assert.Equal([2, 6], result.Accepted.Select(o => o.Source.Row));
    }

    [Fact]
    public void A_rate_written_as_a_fraction_or_left_blank_is_fine()
    {
        var result = Lines(
            "01010201,,HRB400E Φ12,t,3850,0.13,1,甲,2026-10-08",
            "01010201,,HRB400E Φ12,t,3850,,1,甲,2026-10-08",
            "80210504,,C30,m3,465,3%,1,甲,2026-10-08");

        Assert.Empty(result.Rejected);
        Assert.Equal(3, result.Accepted.Length);
    }

    [Theory]
    [InlineData("3", 0.03)]
    [InlineData("1%", 0.01)]
    [InlineData("", 0.13)]
    public void A_quote_on_a_small_taxpayer_invoice_is_kept_with_its_own_rate(string rate, decimal expected)
    {
        var result = Lines($"01010201,热轧带肋钢筋,HRB400E Φ12,t,3500,{rate},1,乙,2026-10-08");

        Assert.Empty(result.Rejected);
        Assert.Equal(expected, Assert.Single(result.Accepted).VatRate);
    }
}
