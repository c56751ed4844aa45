using System.Collections.Immutable;
using System.Diagnostics;
using System.Text.RegularExpressions;
using Cost.Web.Bulletins;

namespace Cost.Tests.Web;

/// <summary>Needs fonts-wqy-microhei and poppler-utils (pdftotext); ./test.sh installs them.</summary>
public partial class PdfBulletinWriterTests
{
    private const string LongNote =
        "一、本期信息价依据本地区供应商、咨询企业和调查员报送的市场价格调查资料，经剔除异常报价后取加权平均，供编制最高投标限价、工程结算调差和造价指数测算参考。偏离中位数 5% 以内的报价一律保留，有效报价不足 5 条时不作离群剔除；以 3%、1% 等其他税率开票的报价先按其税率折为除税价，再按资源适用税率计入 GB/T 50500-2013 Appendix A.2 price adjustment。";

    private static readonly ImmutableArray<BulletinColumn> Columns =
        [new("资源编码", 1.2), new("名称", 2), new("规格型号", 2), new("单位", 0.8), new("含税价（元）", 1.3, Numeric: true)];

    private static Bulletin TenPages() => new(
        "西安市建设工程造价信息", "2026年10月 材料信息价", "2026年第10期", "西安市工程造价管理站", new DateTimeOffset(2026, 11, 25, 10, 0, 0, TimeSpan.FromHours(8)), "2026年11月25日",
        ["本期信息价为含税价格，除税价格按各材料适用税率换算。"],
        [.. Enumerable.Range(1, 9).Select(s => new BulletinSection($"第 {s} 类 钢材", Columns,
            [.. Enumerable.Range(1, 40).Select(r => ImmutableArray.Create($"0101{s:00}{r:00}", "热轧带肋钢筋", $"HRB400E Φ{r}", "t", "3,985.40"))]))]);

    [Fact]
    public void The_chinese_text_comes_back_from_pdftotext()
    {
        var pdf = PdfBulletinWriter.Write(TenPages());
        var text = PdfText(pdf);

        Assert.Contains("西安市建设工程造价信息", text);
        Assert.Contains("热轧带肋钢筋", text);
        Assert.Contains("HRB400E Φ12", text);
        Assert.Contains("3,985.40", text);
        Assert.Contains($"共 {Pages(pdf).Count} 页", text);
        Assert.InRange(Pages(pdf).Count, 8, 12);
    }

    [Fact]
    public void A_note_longer_than_a_line_wraps_inside_the_page_and_reads_back_whole()
    {
        var pdf = PdfBulletinWriter.Write(TenPages() with { Notes = [LongNote, "二、含税价为含增值税价格。"] });

        var notes = Pages(pdf)[1];
        Assert.Contains(Flat(LongNote), Flat(notes));
        Assert.True(notes.Split('\n').Count(l => l.Contains('、') || l.Contains('，')) >= 3, notes);
    }

    [Fact]
    public void A_note_longer_than_a_page_goes_on_over_the_next_and_loses_nothing()
    {
        var words = Enumerable.Range(1, 2500).Select(i => $"N{i:0000}").ToList();

        var text = string.Concat(Pages(PdfBulletinWriter.Write(TenPages() with { Notes = [string.Join(' ', words)] })));

        Assert.All(words, w => Assert.Equal(1, Count(text, w)));
    }

    [Fact]
    public void A_long_name_wraps_in_its_column_and_the_row_grows_instead_of_cutting_it()
    {
        const string name = "预应力混凝土管桩（PHC 500 AB 125）含桩尖、接桩钢板及防腐处理，适用于一般工业与民用建筑桩基础工程";
        var bulletin = TenPages() with { Sections = [new BulletinSection("桩", Columns, [["", name, "", "", ""], ["", "", "", "", "1,234.00"]])] };

        var table = Pages(PdfBulletinWriter.Write(bulletin))[2];

        Assert.Contains(Flat(name), Flat(table));
        Assert.True(table.Split('\n').Count(l => l.Trim().Length > 0) >= 6, table);
    }

    [Fact]
    public void A_row_taller_than_a_page_goes_on_over_the_next_pages_and_loses_nothing()
    {
        var words = Enumerable.Range(1, 1000).Select(i => $"W{i:0000}").ToList();
        var bulletin = TenPages() with { Sections = [new BulletinSection("说明过长的规格", Columns, [["01010101", string.Join(' ', words), "HRB400E", "t", "1.00"]])] };

        var pages = Pages(PdfBulletinWriter.Write(bulletin));

        Assert.True(pages.Count >= 5);
        var text = string.Concat(pages);
        Assert.All(words, w => Assert.Equal(1, Count(text, w)));
    }

    [Fact]
    public void A_row_is_never_split_across_pages_and_each_page_repeats_the_table_header()
    {
        var bulletin = TenPages() with
        {
            Sections = [new BulletinSection("钢材", [.. Columns, new BulletinColumn("备注", 1.2)],
                [.. Enumerable.Range(1, 120).Select(r => ImmutableArray.Create($"010102{r:00}", "热轧带肋钢筋", $"HRB400E Φ{r}", "t", "3,985.40", "沿用上期\n沿用市区价"))])],
        };

        var pages = Pages(PdfBulletinWriter.Write(bulletin)).Skip(2).ToList();

        Assert.True(pages.Count >= 3);
        Assert.All(pages, page =>
        {
            Assert.Contains("资源编码", page);
            Assert.Equal(Count(page, "沿用上期"), Count(page, "沿用市区价"));
        });
        Assert.All(pages.Skip(1), page => Assert.Contains("钢材（续）", page));
        Assert.Equal(120, pages.Sum(p => Count(p, "沿用市区价")));
    }

    [Fact]
    public void Every_page_names_the_issue_and_its_page_number()
    {
        var pages = Pages(PdfBulletinWriter.Write(TenPages()));

        Assert.All(pages.Select((text, i) => (text, i)), page =>
        {
            Assert.Contains("2026年第10期", page.text);
            Assert.Contains($"第{page.i + 1}页共{pages.Count}页", Flat(page.text));
        });
    }

    [Fact]
    public async Task The_same_bulletin_is_the_same_bytes_whenever_it_is_written()
    {
        var first = PdfBulletinWriter.Write(TenPages());
        await Task.Delay(TimeSpan.FromSeconds(1.1)); // PDF dates have whole seconds: a clock-dated file would differ now.

        Assert.Equal(first, PdfBulletinWriter.Write(TenPages()));
    }

    [Fact]
    public void A_ten_page_bulletin_stays_under_one_megabyte()
    {
        var pdf = PdfBulletinWriter.Write(TenPages());
        Assert.InRange(pdf.Length, 1, 1_000_000);
    }

    [Fact]
    public void Cubic_metres_and_multiplication_signs_survive()
    {
        var bulletin = TenPages() with { Sections = [new BulletinSection("单位", Columns, [["80210501", "商品混凝土", "C30 ×1", "m³", "468.00"]])] };
        Assert.Contains("m³", PdfText(PdfBulletinWriter.Write(bulletin)));
    }

    /// <summary>The text of each page as pdftotext lays it out (-layout keeps a printed line on one line).</summary>
    internal static IReadOnlyList<string> Pages(byte[] pdf) => PdfText(pdf, layout: true).Split('\f').SkipLast(1).ToList();

    /// <summary>Text without any whitespace, to compare a sentence with the lines it was wrapped into.</summary>
    internal static string Flat(string text) => Whitespace().Replace(text, "");

    internal static int Count(string text, string part) => Regex.Count(text, Regex.Escape(part));

    internal static string PdfText(byte[] pdf, bool layout = false)
    {
        var path = Path.GetTempFileName();
        File.WriteAllBytes(path, pdf);
        try
        {
            using var process = Process.Start(new ProcessStartInfo("pdftotext", layout ? ["-layout", path, "-"] : [path, "-"]) { RedirectStandardOutput = true })!;
            var text = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return text;
        }
        catch (System.ComponentModel.Win32Exception missing)
        {
            // xunit 2 cannot skip at run time: say plainly what the machine lacks instead of a bare "file not found".
            throw new InvalidOperationException("These tests read the PDF back with pdftotext: install the Debian package poppler-utils (./test.sh does).", missing);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [GeneratedRegex("\\s+")]
    private static partial Regex Whitespace();
}
