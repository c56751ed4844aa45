using System.IO.Compression;
using System.Text;
using static Cost.Tests.Importers.Prices.Surveys;

namespace Cost.Tests.Importers.Prices;

/// <summary>Files that cannot be read as a survey are refused whole, with a reason in Chinese.</summary>
public class SurveyRefusalTests
{
    private static string Refusal(Cost.Importers.Prices.SurveyImportResult result)
    {
        Assert.True(result.IsRefused);
        Assert.Empty(result.Accepted);
        Assert.Empty(result.Rejected);
        return Assert.Single(result.Refusal).Message;
    }

    [Fact]
    public void An_empty_file_is_refused() => Assert.Contains("空", Refusal(Read([])), StringComparison.Ordinal);

    [Fact]
    public void Random_bytes_are_refused()
    {
        var bytes = new byte[20_000];
        new Random(7).NextBytes(bytes);

        Assert.Contains("不是 CSV 文本", Refusal(Read(bytes, "survey.csv")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_word_document_is_refused()
    {
        using var docx = new MemoryStream();
        using (var zip = new ZipArchive(docx, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("word/document.xml").Open());
            writer.Write("<w:document/>");
        }

        Assert.Contains("不是 Excel 工作簿", Refusal(Read(docx.ToArray(), "调查表.docx")), StringComparison.Ordinal);
    }

    [Fact]
    public void An_old_xls_is_refused_with_advice()
    {
        byte[] ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[512]];

        Assert.Contains("另存为 .xlsx", Refusal(Read(ole, "调查表.xls")), StringComparison.Ordinal);
    }

    [Fact]
    public void Text_without_a_survey_header_is_refused()
    {
        var text = "这是一份说明\n价格请见附件\n1,2,3\n";

        Assert.Contains("没有找到价格调查表的表头", Refusal(Csv(text)), StringComparison.Ordinal);
    }

    [Fact]
    public void A_header_missing_a_required_column_is_refused_naming_it()
    {
        var message = Refusal(Csv("资源编码,规格型号,单位,含税单价,报价单位\n01010201,HRB400E Φ12,t,3850,甲\n"));

        Assert.Equal("调查表缺少必需的列：报价日期。", message);
    }

    [Fact]
    public void A_file_over_the_size_limit_is_refused()
    {
        var bytes = Encoding.UTF8.GetBytes(Header + "\n" + string.Concat(Enumerable.Repeat("01010201,,HRB400E Φ12,t,3850,13,1,甲,2026-10-08\n", 100)));

        Assert.Contains("超过大小上限", Refusal(Read(bytes, limits: new(MaxFileBytes: 1000))), StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_over_the_row_limit_is_refused_and_nothing_is_kept()
    {
        var bytes = Encoding.UTF8.GetBytes(Header + "\n" + string.Concat(Enumerable.Repeat("01010201,,HRB400E Φ12,t,3850,13,1,甲,2026-10-08\n", 100)));

        Assert.Contains("行上限", Refusal(Read(bytes, limits: new(MaxRows: 50))), StringComparison.Ordinal);
        Assert.Equal(100, Read(bytes, limits: new(MaxRows: 101)).Accepted.Length);
    }
}
