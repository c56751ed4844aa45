using System.Collections;
using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Cost.Importers.Bills;

/// <summary>
/// The rows of one worksheet, read forward only each time they are enumerated, so that a caller that
/// does not keep them holds one row in memory. Rows without cells are returned too (with no cells), so
/// that a caller can stop at a row limit before reading further. Reading stops at the first thing no
/// spreadsheet program writes — a part that is empty or not XML, a cell beyond Excel's columns or longer
/// than a cell may be, a formula saved without its result — and <see cref="Problem"/> then says what and
/// where. Formulas are never evaluated: a formula cell is read by the result saved with it.
/// </summary>
internal sealed class WorksheetRows(string name, WorksheetPart part, string[] strings) : IEnumerable<GridRow>
{
    /// <summary>Excel's columns A … XFD (Excel specifications and limits).</summary>
    public const int MaxColumns = 16_384;

    /// <summary>The most characters an Excel cell holds (Excel specifications and limits).</summary>
    public const int MaxCellCharacters = 32_767;

    public string Name => name;

    /// <summary>Why reading stopped before the end of the sheet, or null.</summary>
    public ImportProblem? Problem { get; private set; }

    public IEnumerator<GridRow> GetEnumerator()
    {
        var (reader, problem) = Open();
        Problem = problem;
        if (reader is null)
        {
            yield break;
        }

        using (reader)
        {
            var cells = new List<GridCell>(16);
            var lastRow = 0;
            while (true)
            {
                Row? row;
                try
                {
                    row = NextRow(reader);
                }
                catch (Exception e) when (WorkbookPackage.IsCorrupt(e))
                {
                    Problem = NotXml();
                    yield break;
                }

                if (row is null)
                {
                    yield break;
                }

                lastRow = row.RowIndex?.Value is { } index ? (int)Math.Min(index, int.MaxValue) : lastRow + 1;
                Problem = ReadCells(row, lastRow, cells);
                if (Problem is not null)
                {
                    yield break;
                }

                yield return new GridRow(lastRow, [.. cells]);
            }
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>A reader on the sheet's root element, or why the sheet is not XML.</summary>
    private (OpenXmlReader? Reader, ImportProblem? Problem) Open()
    {
        OpenXmlReader? reader = null;
        try
        {
            using (var stream = part.GetStream(FileMode.Open, FileAccess.Read))
            {
                if (stream.ReadByte() < 0)
                {
                    return (null, new ImportProblem(name, null, null,
                        $"工作表“{name}”的内容是空的（{part.Uri} 为 0 字节），文件已损坏：请在 Excel 中重新保存后再上传。"));
                }
            }

            reader = OpenXmlReader.Create(part);
            reader.Read();
            return (reader, null);
        }
        catch (Exception e) when (WorkbookPackage.IsCorrupt(e))
        {
            reader?.Dispose();
            return (null, NotXml());
        }
    }

    /// <summary>The next row; <see cref="OpenXmlReader.LoadCurrentElement"/> leaves the reader on the element after the one it loaded.</summary>
    private static Row? NextRow(OpenXmlReader reader)
    {
        while (!reader.EOF)
        {
            if (reader.ElementType == typeof(Row) && reader.IsStartElement)
            {
                return (Row)reader.LoadCurrentElement()!;
            }

            if (!reader.Read())
            {
                break;
            }
        }

        return null;
    }

    private ImportProblem? ReadCells(Row row, int number, List<GridCell> cells)
    {
        cells.Clear();
        var lastColumn = 0;
        foreach (var cell in row.Elements<Cell>())
        {
            var column = cell.CellReference?.Value is { } reference ? CellText.ColumnNumber(reference) : 0;
            column = column > 0 ? column : lastColumn + 1;
            if (column > MaxColumns)
            {
                return new ImportProblem(name, number, null,
                    $"工作表“{name}”第 {number} 行的单元格“{cell.CellReference?.Value}”超出 Excel 的列范围（最多 {MaxColumns:#,0} 列，到 XFD 列）。");
            }

            lastColumn = column;
            if (cell.CellFormula is { } formula && cell.CellValue is null)
            {
                return At(number, column, $"是公式（={Shorten(formula.Text)}），但文件中没有它的计算结果。系统只读取 Excel 保存的计算结果，从不计算公式：请在 Excel 中打开、重新计算并保存后再上传。");
            }

            var value = ReadCell(cell, column);
            if (value?.Text.Length > MaxCellCharacters)
            {
                return At(number, column, $"的文字有 {value.Value.Text.Length:#,0} 个字符，超过 Excel 单元格的上限 {MaxCellCharacters:#,0}。");
            }

            if (value is not null)
            {
                cells.Add(value.Value);
            }
        }

        return null;
    }

    private GridCell? ReadCell(Cell cell, int column)
    {
        var type = cell.DataType?.Value;
        if (type == CellValues.InlineString)
        {
            var inline = cell.InlineString;
            var text = inline?.Text?.Text ?? string.Concat(inline?.Elements<Run>().Select(r => r.Text?.Text) ?? []);
            return text.Length == 0 ? null : new GridCell(column, text, null);
        }

        var raw = cell.CellValue?.Text;
        if (string.IsNullOrEmpty(raw))
        {
            return null;
        }

        if (type == CellValues.SharedString)
        {
            return int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) && i >= 0 && i < strings.Length
                ? new GridCell(column, strings[i], null)
                : null;
        }

        if (type is null or CellValues.Number
            && CellText.TryParseExcelNumber(raw, out var number))
        {
            return new GridCell(column, raw, number);
        }

        return new GridCell(column, raw, null);
    }

    private ImportProblem At(int row, int column, string what)
    {
        var letter = CellText.ColumnLetter(column);
        return new ImportProblem(name, row, letter, $"工作表“{name}”第 {row} 行 {letter} 列{what}");
    }

    private ImportProblem NotXml() =>
        new(name, null, null, $"工作表“{name}”的内容（{part.Uri}）不是有效的 XML，文件已损坏或被改动过：请在 Excel 中重新保存后再上传。");

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
