using System.Collections.Immutable;
using Cost.Domain;
using Cost.Domain.Prices;
using Cost.Importers.Bills;

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
        if (UploadSignature.IsZip(span))
        {
            return Workbook(bytes, limits, read);
        }

        // Sniffed, not taken from the name (OWASP File Upload Cheat Sheet): a renamed .xls, PDF or image is named as such.
        if (UploadSignature.Refusal(span, ".xlsx 或 .csv 调查表") is { } refusal)
        {
            return read([], Problem(refusal));
        }

        var extension = Path.GetExtension(fileName ?? string.Empty).ToUpperInvariant();
        if (extension is ".XLSX" or ".XLSM")
        {
            return read([], Problem(UploadSignature.NotWorkbook));
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

    /// <summary>
    /// The first worksheet with a survey header among its first rows (a cover or a notes sheet may come
    /// first), streamed; a sheet that stops being readable refuses the file even after rows were read.
    /// </summary>
    private static T Workbook<T>(MemoryStream bytes, SurveyReadLimits limits,
        Func<IEnumerable<GridRow>, ImmutableArray<ImportProblem>, T> read) =>
        WorkbookPackage.Open(bytes, limits.Workbook, sheets =>
        {
            foreach (var sheet in sheets)
            {
                var hasHeader = sheet.Take(SurveyHeader.SearchRows).Any(r => SurveyHeader.TryRead(r) is not null);
                if (sheet.Problem is { } unreadable)
                {
                    return read([], [unreadable]);
                }

                if (hasHeader)
                {
                    var result = read(sheet, []);
                    return sheet.Problem is { } problem ? read([], [problem]) : result;
                }
            }

            return read([], Problem("工作簿中没有找到价格调查表的表头（资源编码、单位、含税单价、报价日期等）。"));
        }, problem => read([], [problem]));

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
