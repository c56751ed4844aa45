using System.Collections.Immutable;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using ClosedXML.Excel;

namespace Cost.Importers.Exports;

/// <summary>
/// Writes simple report workbooks: a title, a subtitle, then one sheet per table with a bold frozen
/// header, money columns with thousands separators and 2 decimals, and set column widths
/// (AdjustToContents needs libgdiplus, which servers lack). All text passes through <see cref="SafeText"/>.
/// The document is dated <c>issuedAt</c>, not "now": the same publication is the same bytes every time.
/// </summary>
public static partial class TableWorkbook
{
    public static byte[] Write(string title, string subtitle, DateTimeOffset issuedAt, IEnumerable<ExportSheet> sheets)
    {
        using var workbook = new XLWorkbook();
        workbook.Properties.Created = issuedAt.UtcDateTime;
        workbook.Properties.Modified = issuedAt.UtcDateTime;
        foreach (var sheet in sheets)
        {
            var ws = workbook.Worksheets.Add(SheetName(sheet.Name, workbook));
            ws.Cell(1, 1).SetValue(SafeText.Of(title)).Style.Font.SetBold().Font.SetFontSize(14);
            ws.Cell(2, 1).SetValue(SafeText.Of(subtitle));
            for (var c = 0; c < sheet.Columns.Length; c++)
            {
                var column = sheet.Columns[c];
                ws.Cell(4, c + 1).SetValue(SafeText.Of(column.Header)).Style.Font.SetBold().Fill.SetBackgroundColor(XLColor.FromHtml("#EEF2F6"));
                ws.Column(c + 1).Width = column.Width;
            }

            var r = 5;
            foreach (var row in sheet.Rows)
            {
                for (var c = 0; c < sheet.Columns.Length && c < row.Length; c++)
                {
                    var cell = ws.Cell(r, c + 1);
                    switch (row[c])
                    {
                        case decimal d:
                            cell.SetValue(d);
                            cell.Style.NumberFormat.Format = sheet.Columns[c].Format ?? "#,##0.00";
                            break;
                        case int i:
                            cell.SetValue(i);
                            break;
                        case null:
                            break;
                        case var other:
                            cell.SetValue(SafeText.Of(other.ToString()));
                            break;
                    }
                }

                r++;
            }

            ws.SheetView.FreezeRows(4);
        }

        using var output = new MemoryStream();
        workbook.SaveAs(output);
        return Dated(output, issuedAt);
    }

    /// <summary>
    /// System.IO.Packaging writes the time of writing on every zip entry and random names into the
    /// package (relationship ids R + 16 hex digits, the core-properties part named by a GUID). The
    /// package is written again with the publication's time and those names numbered in order of
    /// appearance, so the same publication is the same bytes every time.
    /// </summary>
    private static byte[] Dated(MemoryStream workbook, DateTimeOffset issuedAt)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        string Stable(Match m) => names.TryGetValue(m.Value, out var name)
            ? name
            : names[m.Value] = m.Value.EndsWith(".psmdcp", StringComparison.Ordinal) ? $"core{names.Count}.psmdcp" : $"R{names.Count:x16}";

        workbook.Position = 0;
        using var source = new ZipArchive(workbook, ZipArchiveMode.Read);
        using var output = new MemoryStream();
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                using var reader = new StreamReader(entry.Open());
                var text = RandomName().Replace(reader.ReadToEnd(), Stable);
                var copy = target.CreateEntry(RandomName().Replace(entry.FullName, Stable), CompressionLevel.Optimal);
                copy.LastWriteTime = issuedAt;
                using var writer = new StreamWriter(copy.Open(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
                writer.Write(text);
            }
        }

        return output.ToArray();
    }

    [GeneratedRegex("\\b(?:[0-9a-f]{32}\\.psmdcp|R[0-9a-f]{16})\\b")]
    private static partial Regex RandomName();

    // Sheet names: at most 31 characters, none of : \ / ? * [ ], unique.
    private static string SheetName(string name, XLWorkbook workbook)
    {
        var clean = new string([.. name.Where(ch => ":\\/?*[]".IndexOf(ch, StringComparison.Ordinal) < 0)]);
        clean = clean.Length == 0 ? "表" : clean[..Math.Min(clean.Length, 28)];
        var candidate = clean;
        for (var n = 2; workbook.Worksheets.Contains(candidate); n++)
        {
            candidate = $"{clean}{n}";
        }

        return candidate;
    }
}

/// <summary>One sheet of an export: its name, columns and rows (decimal, int, string or null cells).</summary>
public sealed record ExportSheet(string Name, ImmutableArray<ExportColumn> Columns, IEnumerable<object?[]> Rows);

/// <summary>A column: header, width in characters, and a number format for decimals (default #,##0.00).</summary>
public sealed record ExportColumn(string Header, double Width, string? Format = null);
