using System.Collections.Immutable;
using System.Diagnostics;
using Cost.Web.Bulletins;

namespace Cost.Tests.Web;

/// <summary>Needs fonts-wqy-microhei and poppler-utils (pdftotext); ./test.sh installs them.</summary>
public class PdfBulletinWriterTests
{
    private static readonly ImmutableArray<BulletinColumn> Columns =
        [new("资源编码", 1.2), new("名称", 2), new("规格型号", 2), new("单位", 0.8), new("含税价（元）", 1.3, Numeric: true)];

    private static Bulletin TenPages() => new(
        "西安市建设工程造价信息", "2026年10月 材料信息价", "西安市工程造价管理站", new DateTimeOffset(2026, 11, 25, 10, 0, 0, TimeSpan.FromHours(8)), "2026年11月25日",
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
        Assert.Contains("共 11 页", text);
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

    internal static string PdfText(byte[] pdf)
    {
        var path = Path.GetTempFileName();
        File.WriteAllBytes(path, pdf);
        try
        {
            using var process = Process.Start(new ProcessStartInfo("pdftotext", [path, "-"]) { RedirectStandardOutput = true })!;
            var text = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return text;
        }
        finally
        {
            File.Delete(path);
        }
    }
}
