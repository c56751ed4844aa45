using System.Globalization;
using System.IO.Compression;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Cost.Importers.Bills;

/// <summary>
/// Opens an uploaded .xlsx safely and streams its worksheets into <see cref="SheetGrid"/>s. The file
/// size and the zip's declared uncompressed size are checked before anything is inflated (zip bombs),
/// and the worksheets are read with a forward-only reader so memory stays proportional to the data.
/// </summary>
internal static class WorkbookPackage
{
    private const string NotWorkbook = "上传的文件不是 Excel 工作簿（.xlsx），无法读取。";

    /// <summary>The worksheets, or the reasons the file is refused.</summary>
    public static (IReadOnlyList<SheetGrid>? Sheets, ImportProblem[] Problems) Load(Stream xlsx, BoqReadLimits limits)
    {
        var bytes = ReadBounded(xlsx, limits.MaxFileBytes);
        if (bytes is null)
        {
            return Refuse($"文件超过大小上限 {limits.MaxFileBytes / 1_000_000m:0.#} MB。");
        }

        if (CheckZip(bytes, limits) is { } zipProblem)
        {
            return Refuse(zipProblem);
        }

        try
        {
            using var doc = SpreadsheetDocument.Open(bytes, false);
            return ReadSheets(doc, limits);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or XmlException
            or IOException or FormatException or InvalidOperationException or ArgumentException
            or OverflowException or NotSupportedException)
        {
            return Refuse("工作簿已损坏，无法读取：" + e.GetType().Name);
        }
    }

    private static (IReadOnlyList<SheetGrid>?, ImportProblem[]) Refuse(string message) =>
        (null, [new ImportProblem(null, null, null, message)]);

    /// <summary>The upload copied into memory, or null when it is larger than <paramref name="maxBytes"/>.</summary>
    internal static MemoryStream? ReadBounded(Stream input, long maxBytes)
    {
        if (input.CanSeek && input.Length - input.Position > maxBytes)
        {
            return null;
        }

        var copy = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = input.Read(buffer, 0, buffer.Length)) > 0)
        {
            if (copy.Length + read > maxBytes)
            {
                return null;
            }

            copy.Write(buffer, 0, read);
        }

        copy.Position = 0;
        return copy;
    }

    /// <summary>Why a zip is not a workbook we will inflate (zip bombs, no xl/workbook.xml), or null.</summary>
    internal static string? CheckZip(MemoryStream bytes, BoqReadLimits limits)
    {
        try
        {
            using var zip = new ZipArchive(bytes, ZipArchiveMode.Read, leaveOpen: true);
            long total = 0;
            var hasWorkbook = false;
            foreach (var entry in zip.Entries)
            {
                total += entry.Length;
                hasWorkbook |= entry.FullName.Equals("xl/workbook.xml", StringComparison.OrdinalIgnoreCase);
                if (total > limits.MaxUncompressedBytes)
                {
                    return $"工作簿解压后超过 {limits.MaxUncompressedBytes / 1_000_000m:0.#} MB 上限，拒绝读取。";
                }

                // A compression ratio no spreadsheet reaches: a zip bomb lying about its sizes.
                if (entry.CompressedLength > 0 && entry.Length / entry.CompressedLength > 1000)
                {
                    return $"工作簿中的“{entry.FullName}”压缩比异常，拒绝读取。";
                }
            }

            return hasWorkbook ? null : NotWorkbook;
        }
        catch (InvalidDataException)
        {
            return NotWorkbook;
        }
        finally
        {
            bytes.Position = 0;
        }
    }

    private static (IReadOnlyList<SheetGrid>?, ImportProblem[]) ReadSheets(SpreadsheetDocument doc, BoqReadLimits limits)
    {
        var workbookPart = doc.WorkbookPart;
        var sheets = workbookPart?.Workbook?.Sheets?.Elements<Sheet>().ToList();
        if (workbookPart is null || sheets is null)
        {
            return Refuse(NotWorkbook);
        }

        if (sheets.Count > limits.MaxSheets)
        {
            return Refuse($"工作簿有 {sheets.Count} 个工作表，超过上限 {limits.MaxSheets}。");
        }

        var strings = ReadSharedStrings(workbookPart.SharedStringTablePart);
        var grids = new List<SheetGrid>(sheets.Count);
        foreach (var sheet in sheets)
        {
            var name = sheet.Name?.Value ?? string.Empty;
            if (sheet.Id?.Value is not { } id || workbookPart.GetPartById(id) is not WorksheetPart part)
            {
                continue; // chart sheets and dialog sheets hold no table
            }

            var rows = ReadRows(part, strings, limits.MaxRowsPerSheet);
            if (rows is null)
            {
                return (null, [new ImportProblem(name, null, null, $"工作表“{name}”超过 {limits.MaxRowsPerSheet} 行上限。")]);
            }

            grids.Add(new SheetGrid(name, rows));
        }

        return (grids, []);
    }

    internal static string[] ReadSharedStrings(SharedStringTablePart? part)
    {
        if (part is null)
        {
            return [];
        }

        var list = new List<string>();
        using var reader = OpenXmlReader.Create(part);
        reader.Read();
        while (!reader.EOF)
        {
            if (reader.ElementType == typeof(SharedStringItem) && reader.IsStartElement)
            {
                var item = (SharedStringItem)reader.LoadCurrentElement()!;
                list.Add(item.Text?.Text ?? string.Concat(item.Elements<Run>().Select(r => r.Text?.Text)));
            }
            else if (!reader.Read())
            {
                break;
            }
        }

        return [.. list];
    }

    private static List<GridRow>? ReadRows(WorksheetPart part, string[] strings, int maxRows)
    {
        var rows = new List<GridRow>();
        foreach (var row in StreamRows(part, strings))
        {
            if (row.Number > maxRows)
            {
                return null;
            }

            if (row.Cells.Length > 0)
            {
                rows.Add(row);
            }
        }

        return rows;
    }

    /// <summary>
    /// The rows of a worksheet one at a time, forward only, so that a caller that does not keep them
    /// holds one row in memory. Rows without cells are returned too (with no cells), so that a caller
    /// can stop at a row limit before reading further.
    /// </summary>
    internal static IEnumerable<GridRow> StreamRows(WorksheetPart part, string[] strings)
    {
        var cells = new List<GridCell>(16);
        var lastRow = 0;
        using var reader = OpenXmlReader.Create(part);
        reader.Read();
        while (!reader.EOF)
        {
            if (reader.ElementType != typeof(Row) || !reader.IsStartElement)
            {
                if (!reader.Read())
                {
                    break;
                }

                continue;
            }

            var row = (Row)reader.LoadCurrentElement()!;
            var number = row.RowIndex?.Value is { } index ? (int)index : lastRow + 1;
            lastRow = number;
            cells.Clear();
            var lastColumn = 0;
            foreach (var cell in row.Elements<Cell>())
            {
                var column = cell.CellReference?.Value is { } reference ? CellText.ColumnNumber(reference) : 0;
                column = column > 0 ? column : lastColumn + 1;
                lastColumn = column;
                if (ReadCell(cell, column, strings) is { } value)
                {
                    cells.Add(value);
                }
            }

            yield return new GridRow(number, [.. cells]);
        }
    }

    private static GridCell? ReadCell(Cell cell, int column, string[] strings)
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
            && decimal.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return new GridCell(column, raw, number);
        }

        return new GridCell(column, raw, null);
    }
}
