using System.Collections.Immutable;
using System.Xml;
using Cost.Domain;
using Cost.Domain.Prices;
using Cost.Importers.Bills;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Cost.Importers.Prices;

/// <summary>
/// Reads a market-price survey upload (contract: http-api.md "Price collection and publication"):
/// an .xlsx, streamed row by row, or a .csv in UTF-8 or GB18030, with the columns 资源编码, 名称,
/// 规格型号, 单位, 含税单价, 税率(%), 数量, 报价单位, 报价日期 in any order among other columns.
/// A file that cannot be read as a survey is refused whole; otherwise each row is accepted (converted
/// to the catalogue's unit) or rejected with its row number and the reason. Never throws for bad data.
/// </summary>
public static class SurveyReader
{
    /// <summary>Reads the upload as a survey of <paramref name="period"/>.</summary>
    /// <param name="content">The uploaded bytes; read once, up to the size limit.</param>
    /// <param name="fileName">The uploaded file's name: its extension helps tell .csv from .xlsx.</param>
    /// <param name="period">The month collected: quote dates must fall in it.</param>
    /// <param name="catalogue">Codes and specs a row may name.</param>
    /// <param name="units">Unit spellings and conversions to the catalogue unit.</param>
    /// <param name="source">Uploader, file name and hash; each observation adds its row.</param>
    /// <param name="limits">Size and row limits; <see cref="SurveyReadLimits.Default"/> when null.</param>
    public static SurveyImportResult Read(
        Stream content,
        string fileName,
        YearMonth period,
        ResourceCatalogue catalogue,
        UnitAliases units,
        ObservationSourceTemplate source,
        SurveyReadLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(source);
        limits ??= SurveyReadLimits.Default;

        using var bytes = WorkbookPackage.ReadBounded(content, limits.MaxFileBytes);
        if (bytes is null)
        {
            return SurveyImportResult.Refused($"文件超过大小上限 {limits.MaxFileBytes / 1_000_000m:0.#} MB。");
        }

        return Rows(bytes, fileName, limits, (rows, problems) =>
            problems.IsEmpty ? ReadRows(rows, period, catalogue, units, source, limits) : SurveyImportResult.Refused(problems));
    }

    /// <summary>
    /// Hands the file's rows (the first worksheet with a survey header, or the CSV's records) to
    /// <paramref name="read"/>, or the reason the file cannot be read.
    /// </summary>
    internal static T Rows<T>(MemoryStream bytes, string fileName, SurveyReadLimits limits,
        Func<IEnumerable<GridRow>, ImmutableArray<ImportProblem>, T> read)
    {
        var span = bytes.GetBuffer().AsSpan(0, (int)bytes.Length);
        if (span.Length == 0)
        {
            return read([], Problem("上传的文件是空的。"));
        }

        if (span.StartsWith("PK\u0003\u0004"u8))
        {
            return Workbook(bytes, limits, read);
        }

        if (span.StartsWith(new byte[] { 0xD0, 0xCF, 0x11, 0xE0 }))
        {
            return read([], Problem("不支持旧版 Excel 97-2003（.xls）或 Word 文件，请在 Excel 中另存为 .xlsx 或 .csv 后上传。"));
        }

        var extension = Path.GetExtension(fileName ?? string.Empty).ToUpperInvariant();
        if (extension is ".XLSX" or ".XLSM")
        {
            return read([], Problem("上传的文件不是 Excel 工作簿（.xlsx），无法读取。"));
        }

        if (SurveyCsv.NotText(span) is { } notText)
        {
            return read([], Problem(notText));
        }

        var encoding = SurveyCsv.EncodingOf(span);
        var delimiter = SurveyCsv.DelimiterOf(span, encoding);
        bytes.Position = 0;
        return read(SurveyCsv.Rows(bytes, encoding, delimiter), []);
    }

    private static T Workbook<T>(MemoryStream bytes, SurveyReadLimits limits,
        Func<IEnumerable<GridRow>, ImmutableArray<ImportProblem>, T> read)
    {
        var zipLimits = new BoqReadLimits(limits.MaxFileBytes, limits.MaxUncompressedBytes, limits.MaxRows);
        if (WorkbookPackage.CheckZip(bytes, zipLimits) is { } zipProblem)
        {
            return read([], Problem(zipProblem));
        }

        try
        {
            using var doc = SpreadsheetDocument.Open(bytes, false);
            var workbookPart = doc.WorkbookPart;
            var sheets = workbookPart?.Workbook?.Sheets?.Elements<Sheet>().ToList();
            if (workbookPart is null || sheets is null)
            {
                return read([], Problem("上传的文件不是 Excel 工作簿（.xlsx），无法读取。"));
            }

            var strings = WorkbookPackage.ReadSharedStrings(workbookPart.SharedStringTablePart);
            foreach (var sheet in sheets)
            {
                if (sheet.Id?.Value is not { } id || workbookPart.GetPartById(id) is not WorksheetPart part)
                {
                    continue;
                }

                // A sheet is the survey when a header appears among its first rows (a cover or a
                // notes sheet may come first).
                var hasHeader = WorkbookPackage.StreamRows(part, strings)
                    .Take(SurveyHeader.SearchRows)
                    .Any(r => SurveyHeader.TryRead(r) is not null);
                if (hasHeader)
                {
                    return read(WorkbookPackage.StreamRows(part, strings), []);
                }
            }

            return read([], Problem("工作簿中没有找到价格调查表的表头（资源编码、单位、含税单价、报价日期等）。"));
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or XmlException
            or IOException or FormatException or InvalidOperationException or ArgumentException
            or OverflowException or NotSupportedException)
        {
            return read([], Problem("工作簿已损坏，无法读取：" + e.GetType().Name));
        }
    }

    private static SurveyImportResult ReadRows(IEnumerable<GridRow> rows, YearMonth period, ResourceCatalogue catalogue,
        UnitAliases units, ObservationSourceTemplate source, SurveyReadLimits limits)
    {
        var accepted = ImmutableArray.CreateBuilder<PriceObservation>();
        var rejected = ImmutableArray.CreateBuilder<SurveyRejection>();
        SurveyHeader? header = null;
        SurveyRowReader? reader = null;
        foreach (var row in rows)
        {
            if (row.Number > limits.MaxRows)
            {
                return SurveyImportResult.Refused($"调查表超过 {limits.MaxRows:#,0} 行上限，请分成几个文件上传。");
            }

            if (header is null)
            {
                if (row.Number > SurveyHeader.SearchRows)
                {
                    break;
                }

                header = SurveyHeader.TryRead(row);
                if (header is not null)
                {
                    if (string.Join("、", header.Missing(withMonth: false)) is { Length: > 0 } missing)
                    {
                        return SurveyImportResult.Refused(
                            [new ImportProblem(null, header.Row, null, $"调查表缺少必需的列：{missing}。")]);
                    }

                    reader = new SurveyRowReader(header, catalogue, units, source);
                }

                continue;
            }

            if (row.IsBlank || header.IsRepeatedHeader(row))
            {
                continue; // blank lines and a header repeated on each printed page
            }

            var (observation, rejection) = reader!.Read(row, period);
            if (observation is not null)
            {
                accepted.Add(observation);
            }
            else if (rejection is not null)
            {
                rejected.Add(rejection);
            }
        }

        return header is null
            ? SurveyImportResult.Refused($"前 {SurveyHeader.SearchRows} 行中没有找到价格调查表的表头（资源编码、单位、含税单价、报价日期等）。")
            : new SurveyImportResult(accepted.ToImmutable(), rejected.ToImmutable(), []);
    }

    private static ImmutableArray<ImportProblem> Problem(string message) => [new ImportProblem(null, null, null, message)];
}
