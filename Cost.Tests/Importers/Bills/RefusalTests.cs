using System.IO.Compression;
using System.Text;
using Cost.Importers.Bills;

namespace Cost.Tests.Importers.Bills;

/// <summary>Files that cannot be read as a bill are refused whole, with reasons in Chinese and no bill.</summary>
public class RefusalTests
{
    private static void IsRefused(BoqImportResult result, string messagePart)
    {
        Assert.True(result.IsRefused);
        Assert.Null(result.Boq);
        Assert.NotEmpty(result.Refusal);
        Assert.Empty(result.Findings);
        Assert.Contains(result.Refusal, p => p.Message.Contains(messagePart, StringComparison.Ordinal));
    }

    private static byte[] Zip(params (string Name, byte[] Content)[] entries)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var entry = zip.CreateEntry(name, CompressionLevel.SmallestSize).Open();
                entry.Write(content);
            }
        }

        return stream.ToArray();
    }

    [Fact]
    public void A_text_file_is_refused() =>
        IsRefused(Workbooks.Read(Encoding.UTF8.GetBytes("项目编码,工程量\n010101001001,1")), "不是 Excel 工作簿");

    [Fact]
    public void Random_bytes_are_refused()
    {
        var bytes = new byte[4096];
        new Random(42).NextBytes(bytes);
        IsRefused(Workbooks.Read(bytes), "不是 Excel 工作簿");
    }

    [Fact]
    public void An_empty_file_is_refused() => IsRefused(Workbooks.Read([]), "是空的");

    [Fact]
    public void A_zip_that_is_not_a_workbook_is_refused() =>
        IsRefused(Workbooks.Read(Zip(("[Content_Types].xml", "<Types/>"u8.ToArray()), ("word/document.xml", "<w:document/>"u8.ToArray()))), "不是 Excel 工作簿");

    [Fact]
    public void A_corrupt_workbook_is_refused() =>
        IsRefused(Workbooks.Read(Zip(("xl/workbook.xml", "<not-closed"u8.ToArray()))), "无法读取");

    [Fact]
    public void A_zip_bomb_is_refused_before_it_is_inflated()
    {
        var bomb = Zip(("xl/workbook.xml", "<workbook/>"u8.ToArray()), ("xl/worksheets/sheet1.xml", new byte[20_000_000]));
        IsRefused(Workbooks.Read(bomb, new BoqReadLimits(MaxUncompressedBytes: 10_000_000)), "解压后超过");
    }

    [Fact]
    public void A_zip_with_an_impossible_compression_ratio_is_refused()
    {
        var bomb = Zip(("xl/workbook.xml", "<workbook/>"u8.ToArray()), ("xl/worksheets/sheet1.xml", new byte[20_000_000]));
        IsRefused(Workbooks.Read(bomb), "压缩比异常");
    }

    [Fact]
    public void A_file_over_the_size_limit_is_refused()
    {
        var xlsx = Workbooks.Write(BoqBuilder.Typical().Build());
        IsRefused(Workbooks.Read(xlsx, new BoqReadLimits(MaxFileBytes: 1000)), "大小上限");
    }

    [Fact]
    public void A_sheet_over_the_row_limit_is_refused()
    {
        var xlsx = Workbooks.Write(BoqBuilder.Typical().Build());
        IsRefused(Workbooks.Read(xlsx, new BoqReadLimits(MaxRowsPerSheet: 5)), "行上限");
    }

    [Fact]
    public void A_workbook_without_a_measured_works_table_is_refused()
    {
        var xlsx = Workbooks.Edit(Workbooks.Write(BoqBuilder.Typical().Build()), wb => Workbooks.MeasuredWorks(wb).Delete());
        IsRefused(Workbooks.Read(xlsx), "没有找到表-08");
    }

    [Theory]
    [InlineData(8, "合价")]
    [InlineData(2, "项目编码")]
    [InlineData(6, "工程量")]
    [InlineData(7, "综合单价")]
    public void A_measured_works_table_without_a_required_column_is_refused_naming_sheet_and_column(int column, string header)
    {
        string sheetName = string.Empty;
        var xlsx = Workbooks.Edit(Workbooks.Write(BoqBuilder.Typical().Build()), wb =>
        {
            var sheet = Workbooks.MeasuredWorks(wb);
            sheetName = sheet.Name;
            foreach (var cell in sheet.CellsUsed(c => c.GetString().Replace("\n", string.Empty, StringComparison.Ordinal) == header))
            {
                cell.SetValue("备注");
            }

            _ = column;
        });

        var result = Workbooks.Read(xlsx);

        IsRefused(result, $"缺少 “{header}” 列");
        Assert.All(result.Refusal, p => Assert.Equal(sheetName, p.Sheet));
        Assert.All(result.Refusal, p => Assert.Equal(3, p.Row));
    }
}
