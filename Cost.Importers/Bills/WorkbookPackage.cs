using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Cost.Importers.Bills;

/// <summary>
/// Opens an uploaded .xlsx safely: the content must be a zip (<see cref="UploadSignature"/>), the zip is
/// checked from its central directory before anything is inflated (<see cref="WorkbookZip"/>), the
/// shared strings must be what Excel could have written, and the worksheets are read forward only
/// (<see cref="WorksheetRows"/>) so memory stays proportional to what is kept.
/// </summary>
internal static class WorkbookPackage
{
    /// <summary>Every worksheet read whole into <see cref="SheetGrid"/>s, or the reasons the file is refused.</summary>
    public static (IReadOnlyList<SheetGrid>? Sheets, ImportProblem[] Problems) Load(Stream xlsx, BoqReadLimits limits)
    {
        using var bytes = ReadBounded(xlsx, limits.MaxFileBytes);
        return bytes is null
            ? Refuse(Whole($"文件超过大小上限 {limits.MaxFileBytes / 1_000_000m:0.#} MB。"))
            : Open(bytes, limits, sheets => ReadSheets(sheets, limits), Refuse);
    }

    /// <summary>
    /// Checks and opens the workbook in <paramref name="bytes"/> and hands its worksheets to
    /// <paramref name="read"/> while the package is open, or hands the reason it cannot be read to <paramref name="refuse"/>.
    /// </summary>
    public static T Open<T>(MemoryStream bytes, BoqReadLimits limits, Func<IReadOnlyList<WorksheetRows>, T> read, Func<ImportProblem, T> refuse)
    {
        var content = bytes.GetBuffer().AsSpan(0, (int)bytes.Length);
        if (!UploadSignature.IsZip(content))
        {
            return refuse(Whole(UploadSignature.Refusal(content, ".xlsx 工作簿") ?? UploadSignature.NotWorkbook));
        }

        if (WorkbookZip.Problem(bytes, limits) is { } zipProblem)
        {
            return refuse(Whole(zipProblem));
        }

        try
        {
            using var doc = SpreadsheetDocument.Open(bytes, false);
            var workbookPart = doc.WorkbookPart;
            var sheets = workbookPart?.Workbook?.Sheets?.Elements<Sheet>().ToList();
            if (workbookPart is null || sheets is null)
            {
                return refuse(Whole(UploadSignature.NotWorkbook));
            }

            if (sheets.Count > limits.MaxSheets)
            {
                return refuse(Whole($"工作簿有 {sheets.Count} 个工作表，超过上限 {limits.MaxSheets}。"));
            }

            var (strings, stringsProblem) = ReadSharedStrings(workbookPart.SharedStringTablePart, limits);
            if (stringsProblem is not null)
            {
                return refuse(stringsProblem);
            }

            // Chart sheets and dialog sheets hold no table.
            var worksheets = sheets
                .Select(s => (Name: s.Name?.Value ?? string.Empty, Part: s.Id?.Value is { } id ? workbookPart.GetPartById(id) as WorksheetPart : null))
                .Where(s => s.Part is not null)
                .Select(s => new WorksheetRows(s.Name, s.Part!, strings))
                .ToList();
            return read(worksheets);
        }
        catch (Exception e) when (IsCorrupt(e))
        {
            return refuse(Whole("工作簿已损坏，无法读取：" + e.GetType().Name));
        }
    }

    /// <summary>What the Open XML SDK and the zip reader throw for a damaged package.</summary>
    public static bool IsCorrupt(Exception e) =>
        e is OpenXmlPackageException or InvalidDataException or XmlException or IOException or FormatException
            or InvalidOperationException or ArgumentException or OverflowException or NotSupportedException;

    /// <summary>The upload copied into memory, or null when it is larger than <paramref name="maxBytes"/>.</summary>
    public static MemoryStream? ReadBounded(Stream input, long maxBytes)
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

    private static (IReadOnlyList<SheetGrid>?, ImportProblem[]) ReadSheets(IReadOnlyList<WorksheetRows> sheets, BoqReadLimits limits)
    {
        var grids = new List<SheetGrid>(sheets.Count);
        long cells = 0;
        foreach (var sheet in sheets)
        {
            var rows = new List<GridRow>();
            foreach (var row in sheet)
            {
                if (row.Number > limits.MaxRowsPerSheet)
                {
                    return Refuse(new ImportProblem(sheet.Name, null, null, $"工作表“{sheet.Name}”超过 {limits.MaxRowsPerSheet} 行上限。"));
                }

                cells += row.Cells.Length;
                if (cells > limits.MaxCells)
                {
                    return Refuse(new ImportProblem(sheet.Name, row.Number, null,
                        $"工作簿的非空单元格超过 {limits.MaxCells:#,0} 个上限（读到工作表“{sheet.Name}”第 {row.Number} 行）。"));
                }

                if (row.Cells.Length > 0)
                {
                    rows.Add(row);
                }
            }

            if (sheet.Problem is { } problem)
            {
                return Refuse(problem);
            }

            grids.Add(new SheetGrid(sheet.Name, rows));
        }

        return (grids, []);
    }

    /// <summary>
    /// The shared-string table, or why it cannot be what Excel wrote: more strings than the workbook may
    /// have cells, or one longer than a cell holds.
    /// </summary>
    private static (string[] Strings, ImportProblem? Problem) ReadSharedStrings(SharedStringTablePart? part, BoqReadLimits limits)
    {
        if (part is null)
        {
            return ([], null);
        }

        var list = new List<string>();
        try
        {
            using var reader = OpenXmlReader.Create(part);
            reader.Read();
            while (!reader.EOF)
            {
                if (reader.ElementType == typeof(SharedStringItem) && reader.IsStartElement)
                {
                    var item = (SharedStringItem)reader.LoadCurrentElement()!;
                    var text = item.Text?.Text ?? string.Concat(item.Elements<Run>().Select(r => r.Text?.Text));
                    if (text.Length > WorksheetRows.MaxCellCharacters)
                    {
                        return ([], Whole($"共享字符串表（{part.Uri}）第 {list.Count + 1:#,0} 项有 {text.Length:#,0} 个字符，超过 Excel 单元格的上限 {WorksheetRows.MaxCellCharacters:#,0}：文件不是 Excel 保存的工作簿。"));
                    }

                    list.Add(text);
                    if (list.Count > limits.MaxCells)
                    {
                        return ([], Whole($"共享字符串表（{part.Uri}）超过 {limits.MaxCells:#,0} 项上限。"));
                    }
                }
                else if (!reader.Read())
                {
                    break;
                }
            }
        }
        catch (Exception e) when (IsCorrupt(e))
        {
            return ([], Whole($"共享字符串表（{part.Uri}）不是有效的 XML，文件已损坏或被改动过：请在 Excel 中重新保存后再上传。"));
        }

        return ([.. list], null);
    }

    private static ImportProblem Whole(string message) => new(null, null, null, message);

    private static (IReadOnlyList<SheetGrid>?, ImportProblem[]) Refuse(ImportProblem problem) => (null, [problem]);
}
