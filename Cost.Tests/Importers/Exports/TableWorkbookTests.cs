using ClosedXML.Excel;
using Cost.Importers.Exports;

namespace Cost.Tests.Importers.Exports;

public sealed class TableWorkbookTests
{
    private static readonly DateTimeOffset Published = new(2026, 11, 25, 10, 0, 0, TimeSpan.FromHours(8));

    private static byte[] Write() => TableWorkbook.Write("西安市建设工程造价信息", "2026年10月信息价", Published,
        [new ExportSheet("2026年10月", [new ExportColumn("名称", 20), new ExportColumn("含税价（元）", 14)], [["=cmd|' /C calc'!A0", 468.5m], ["钢筋", 3985.4m]])]);

    [Fact]
    public async Task The_same_table_is_the_same_bytes_whenever_it_is_written()
    {
        var first = Write();
        await Task.Delay(TimeSpan.FromSeconds(1.1)); // a workbook dated by the clock would differ now

        Assert.Equal(first, Write());
    }

    [Fact]
    public void The_workbook_is_dated_at_its_publication_and_formulas_stay_text()
    {
        using var workbook = new XLWorkbook(new MemoryStream(Write()));

        Assert.Equal(Published.UtcDateTime, workbook.Properties.Created);
        var cell = workbook.Worksheet(1).Cell(5, 1);
        Assert.False(cell.HasFormula);
        Assert.StartsWith("'", cell.GetString());
    }
}
