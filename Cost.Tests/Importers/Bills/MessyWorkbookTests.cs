using System.Text.RegularExpressions;
using ClosedXML.Excel;
using Cost.Domain.Bills;
using Cost.Importers.Bills;
using Cost.Samples;

namespace Cost.Tests.Importers.Bills;

/// <summary>What real exports contain: the reader takes it all without a false error.</summary>
public class MessyWorkbookTests
{
    private static readonly Boq Typical = BoqBuilder.Typical().Build();

    private static BoqImportResult ReadEdited(Action<XLWorkbook> edit, BoqWriteOptions? options = null) =>
        Workbooks.Read(Workbooks.Edit(Workbooks.Write(Typical, options), edit));

    private static void ReadsBackTheSameBill(BoqImportResult result)
    {
        Assert.False(result.IsRefused, string.Join("; ", result.Refusal.Select(r => r.Message)));
        Assert.Empty(result.Errors());
        BoqAssert.Same(Typical, result.Boq!);
    }

    [Fact]
    public void Numbers_stored_as_text_with_thousands_separators_are_read()
    {
        var result = Workbooks.Read(Workbooks.Write(Typical, new BoqWriteOptions(NumbersAsText: true)));
        ReadsBackTheSameBill(result);
    }

    [Fact]
    public void Full_width_digits_and_spaces_are_read_as_ascii()
    {
        var result = ReadEdited(wb =>
        {
            var row = Workbooks.LineRow(Workbooks.MeasuredWorks(wb), "010502001001");
            row.Cell(6).SetValue("１２．００");
            row.Cell(7).SetValue("　６１２．４０　");
            row.Cell(2).SetValue("０１０５０２００１００１");
        });
        ReadsBackTheSameBill(result);
    }

    [Fact]
    public void Codes_with_spaces_around_them_are_trimmed()
    {
        var result = ReadEdited(wb => Workbooks.LineRow(Workbooks.MeasuredWorks(wb), "010101001001").Cell(2).SetValue(" 010101001001 "));
        ReadsBackTheSameBill(result);
    }

    [Fact]
    public void A_numeric_code_that_lost_its_leading_zero_gets_it_back()
    {
        var result = Workbooks.Read(Workbooks.Write(Typical, new BoqWriteOptions(CodesAsNumbers: true)));
        ReadsBackTheSameBill(result);
    }

    [Fact]
    public void A_text_code_of_eleven_digits_is_not_restored_but_reported()
    {
        var result = ReadEdited(wb => Workbooks.LineRow(Workbooks.MeasuredWorks(wb), "010101001001").Cell(2).SetValue("10101001001"));
        var error = Assert.Single(result.Errors());
        Assert.Equal("B", error.Column);
        Assert.Contains("12 位数字", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("m³", "m3")]
    [InlineData("立方米", "m3")]
    [InlineData("M3", "m3")]
    [InlineData("平方米", "m2")]
    [InlineData("吨", "t")]
    public void Unit_spellings_are_normalised_with_a_warning(string written, string standard)
    {
        var code = standard switch { "m2" => "010101001001", "t" => "010515001001", _ => "010501003001" };
        var result = ReadEdited(wb => Workbooks.LineRow(Workbooks.MeasuredWorks(wb), code).Cell(5).SetValue(written));

        ReadsBackTheSameBill(result);
        var warning = Assert.Single(result.Warnings(), w => w.ItemCode == code);
        Assert.Equal("E", warning.Column);
        Assert.Contains($"已按“{standard}”读取", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Blank_rows_between_lines_are_skipped()
    {
        var result = ReadEdited(wb =>
        {
            var sheet = Workbooks.MeasuredWorks(wb);
            Workbooks.LineRow(sheet, "010502001001").InsertRowsAbove(2);
            Workbooks.LineRow(sheet, "010101001001").InsertRowsBelow(1);
        });
        ReadsBackTheSameBill(result);
    }

    [Fact]
    public void Pages_with_repeated_titles_headers_and_page_subtotals_are_read_as_one_table()
    {
        var result = Workbooks.Read(Workbooks.Write(Typical, new BoqWriteOptions(LinesPerPage: 1)));
        ReadsBackTheSameBill(result);
    }

    [Fact]
    public void A_header_repeated_without_its_title_starts_a_new_page()
    {
        // The page breaks before 010502001001: 本页小计 of the lines so far, then the header alone.
        var lines = Typical.UnitWorks[0].Lines;
        var before = lines.TakeWhile(l => l.ItemCode != "010502001001").Sum(l => l.Amount);
        var result = ReadEdited(wb =>
        {
            var sheet = Workbooks.MeasuredWorks(wb);
            var row = Workbooks.LineRow(sheet, "010502001001");
            row.InsertRowsAbove(2);
            var subtotal = row.RowAbove().RowAbove();
            subtotal.Cell(3).SetValue("本页小计");
            subtotal.Cell(8).SetValue(before);
            var header = row.RowAbove();
            header.Cell(1).SetValue("序号");
            header.Cell(2).SetValue("项目编码");
            header.Cell(3).SetValue("项目名称");
            header.Cell(8).SetValue("合价");
            Workbooks.RowsLabelled(sheet, "本页小计").Last().Cell(8).SetValue(lines.Sum(l => l.Amount) - before);
        });
        ReadsBackTheSameBill(result);
    }

    [Fact]
    public void Sheet_names_do_not_matter()
    {
        var result = ReadEdited(wb =>
        {
            var n = 0;
            foreach (var sheet in wb.Worksheets.ToList())
            {
                sheet.Name = $"Sheet{++n}";
            }
        });
        ReadsBackTheSameBill(result);
    }

    [Fact]
    public void Columns_are_found_by_header_text_not_position()
    {
        var result = ReadEdited(wb =>
        {
            var sheet = Workbooks.MeasuredWorks(wb);
            sheet.Column(2).InsertColumnsBefore(1);
            sheet.Column(2).Cell(3).SetValue("备注");
        });
        ReadsBackTheSameBill(result);
    }

    [Fact]
    public void Header_text_with_spaces_and_line_breaks_is_recognised()
    {
        var result = ReadEdited(wb =>
        {
            var sheet = Workbooks.MeasuredWorks(wb);
            sheet.Cell(3, 2).SetValue("项目\n编码");
            sheet.Cell(3, 5).SetValue("计量 单位");
            sheet.Cell(3, 6).SetValue("工 程 量");
            sheet.Cell(4, 7).SetValue("综 合\r\n单 价");
        });
        ReadsBackTheSameBill(result);
    }

    [Fact]
    public void A_project_line_split_over_two_cells_names_the_unit_work()
    {
        var result = ReadEdited(wb =>
        {
            foreach (var sheet in wb.Worksheets)
            {
                var cell = sheet.Cell(2, 1);
                if (cell.GetString().StartsWith("工程名称", StringComparison.Ordinal))
                {
                    cell.MergedRange()?.Unmerge();
                    cell.SetValue("工程名称：");
                    sheet.Cell(2, 2).SetValue(Typical.UnitWorks[0].Name + "  标段：一标段");
                }
            }
        });
        ReadsBackTheSameBill(result);
    }

    [Fact]
    public void Headings_under_measures_make_unit_priced_measures_across_page_breaks()
    {
        var boq = new BoqBuilder()
            .Line("010101001001", "平整场地", "m2", 10m, 2m)
            .Build();
        var unit = boq.UnitWorks[0];
        var measure = new BoqLine("021001001001", "施工排水", "特征", "项", 1m, 5000m, LineKind.UnitPricedMeasure);
        var lines = unit.Lines.Add(measure).Add(measure with { ItemCode = "021001001002" });
        var withMeasures = new Boq([unit with { Lines = lines }]);

        var result = Workbooks.Read(Workbooks.Write(withMeasures, new BoqWriteOptions(LinesPerPage: 2)));

        Assert.Empty(result.Errors());
        Assert.Equal([LineKind.MeasuredWork, LineKind.UnitPricedMeasure, LineKind.UnitPricedMeasure], result.Boq!.UnitWorks[0].Lines.Select(l => l.Kind));
    }

    [Fact]
    public void Formula_cells_are_read_by_their_cached_values_and_never_evaluated()
    {
        // 合价 of one line becomes a formula that would give 100 times the amount if it were evaluated.
        var xlsx = Workbooks.Write(Typical);
        string sheetName = string.Empty;
        var row = 0;
        Workbooks.Edit(xlsx, wb =>
        {
            var sheet = Workbooks.MeasuredWorks(wb);
            (sheetName, row) = (sheet.Name, Workbooks.LineRow(sheet, "010502001001").RowNumber());
        });
        var entry = WorkbookXml.Sheets(xlsx).Single(s => s.Name == sheetName).Entry;
        var amount = new Regex($"<(?<p>\\w+:)?c r=\"H{row}\"(?<a>[^>]*)><\\k<p>v>(?<v>[^<]*)</\\k<p>v>");
        var withFormula = WorkbookXml.Edit(xlsx, entry, xml => amount.Replace(xml,
            m => $"<{m.Groups["p"]}c r=\"H{row}\"{m.Groups["a"]}><{m.Groups["p"]}f>F{row}*G{row}*100</{m.Groups["p"]}f><{m.Groups["p"]}v>{m.Groups["v"]}</{m.Groups["p"]}v>", 1));
        Assert.Contains($"F{row}*G{row}*100", WorkbookXml.Text(withFormula, entry), StringComparison.Ordinal);

        ReadsBackTheSameBill(Workbooks.Read(withFormula));
    }
}
