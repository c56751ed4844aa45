using System.Text;
using Cost.Importers.Bills;

namespace Cost.Importers.Prices;

/// <summary>
/// Reads CSV text as rows of cells, one record at a time. The encoding is UTF-8 when the bytes are
/// valid UTF-8 (with or without BOM), otherwise GB18030 — what Excel in Chinese saves as "CSV" (GBK
/// is a subset of GB18030). Fields follow RFC 4180 (quotes, doubled quotes, line breaks inside
/// quotes); the delimiter is a comma, or a tab when the first line has tabs and no commas. A record is
/// one spreadsheet row, so the header line is row 1.
/// </summary>
internal static class SurveyCsv
{
    private static readonly Lazy<Encoding> Gb18030 = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ReplacementFallback);
    });

    /// <summary>Why the bytes are not CSV text (binary content), or null.</summary>
    public static string? NotText(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, 65_536)];
        var controls = 0;
        foreach (var b in sample)
        {
            if (b == 0)
            {
                return "上传的文件不是 CSV 文本（含有二进制内容），请上传 .xlsx 或 .csv 调查表。";
            }

            if (b < 0x20 && b is not (byte)'\t' and not (byte)'\r' and not (byte)'\n' and not 0x0C)
            {
                controls++;
            }
        }

        return controls > 8 ? "上传的文件不是 CSV 文本（含有控制字符），请上传 .xlsx 或 .csv 调查表。" : null;
    }

    /// <summary>UTF-8 when the bytes are valid UTF-8, else GB18030.</summary>
    public static Encoding EncodingOf(ReadOnlySpan<byte> bytes) =>
        System.Text.Unicode.Utf8.IsValid(bytes) ? new UTF8Encoding(false) : Gb18030.Value;

    /// <summary>A comma, or a tab when the first line has tabs and no commas.</summary>
    public static char DelimiterOf(ReadOnlySpan<byte> bytes, Encoding encoding)
    {
        var head = encoding.GetString(bytes[..Math.Min(bytes.Length, 8192)]);
        var end = head.IndexOfAny(['\r', '\n']);
        var line = end < 0 ? head : head[..end];
        return line.Contains('\t', StringComparison.Ordinal) && !line.Contains(',', StringComparison.Ordinal) ? '\t' : ',';
    }

    /// <summary>The records of the text as rows (numbered from 1), blank ones included.</summary>
    public static IEnumerable<GridRow> Rows(Stream bytes, Encoding encoding, char delimiter)
    {
        using var reader = new StreamReader(bytes, encoding, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        var number = 0;
        var cells = new List<GridCell>(16);
        var field = new StringBuilder();
        var column = 1;
        var quoted = false;
        var atFieldStart = true;

        int next;
        while ((next = reader.Read()) >= 0)
        {
            var c = (char)next;
            if (quoted)
            {
                if (c != '"')
                {
                    field.Append(c);
                }
                else if (reader.Peek() == '"')
                {
                    reader.Read();
                    field.Append('"');
                }
                else
                {
                    quoted = false;
                }

                continue;
            }

            if (c == '"' && atFieldStart)
            {
                quoted = true;
                atFieldStart = false;
            }
            else if (c == delimiter)
            {
                AddCell(cells, column++, field);
                atFieldStart = true;
            }
            else if (c is '\r' or '\n')
            {
                if (c == '\r' && reader.Peek() == '\n')
                {
                    reader.Read();
                }

                AddCell(cells, column, field);
                yield return new GridRow(++number, [.. cells]);
                cells.Clear();
                column = 1;
                atFieldStart = true;
            }
            else
            {
                field.Append(c);
                atFieldStart = false;
            }
        }

        if (field.Length > 0 || cells.Count > 0 || column > 1)
        {
            AddCell(cells, column, field);
            yield return new GridRow(++number, [.. cells]);
        }
    }

    private static void AddCell(List<GridCell> cells, int column, StringBuilder field)
    {
        if (field.Length > 0)
        {
            var text = field.ToString();
            if (!string.IsNullOrWhiteSpace(text))
            {
                cells.Add(new GridCell(column, text, null));
            }

            field.Clear();
        }
    }
}
