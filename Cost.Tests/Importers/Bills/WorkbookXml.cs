using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;

namespace Cost.Tests.Importers.Bills;

/// <summary>
/// Edits an .xlsx at the level of its zip entries and XML text, the way a hand-crafted or damaged file
/// differs from what a spreadsheet program writes: replace, add or drop a part, rewrite a part's XML.
/// </summary>
internal static partial class WorkbookXml
{
    /// <summary>The worksheets in sheet order: their names and their zip entries ("xl/worksheets/sheet1.xml").</summary>
    public static IReadOnlyList<(string Name, string Entry)> Sheets(byte[] xlsx)
    {
        using var doc = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        var workbook = doc.WorkbookPart!;
        return [.. workbook.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>()
            .Select(s => (s.Name!.Value!, workbook.GetPartById(s.Id!.Value!).Uri.OriginalString.TrimStart('/')))];
    }

    public static string Text(byte[] xlsx, string entry)
    {
        using var zip = new ZipArchive(new MemoryStream(xlsx), ZipArchiveMode.Read);
        using var reader = new StreamReader(zip.GetEntry(entry)!.Open(), Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <summary>The workbook with <paramref name="entry"/> replaced (or added) with <paramref name="content"/>.</summary>
    public static byte[] With(byte[] xlsx, string entry, byte[] content, CompressionLevel level = CompressionLevel.Optimal)
    {
        using var output = new MemoryStream();
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        using (var source = new ZipArchive(new MemoryStream(xlsx), ZipArchiveMode.Read))
        {
            foreach (var e in source.Entries.Where(e => e.FullName != entry))
            {
                using var from = e.Open();
                using var to = target.CreateEntry(e.FullName).Open();
                from.CopyTo(to);
            }

            using var added = target.CreateEntry(entry, level).Open();
            added.Write(content);
        }

        return output.ToArray();
    }

    public static byte[] With(byte[] xlsx, string entry, string xml) => With(xlsx, entry, Encoding.UTF8.GetBytes(xml));

    /// <summary>The workbook with the XML of <paramref name="entry"/> rewritten by <paramref name="edit"/>.</summary>
    public static byte[] Edit(byte[] xlsx, string entry, Func<string, string> edit) => With(xlsx, entry, edit(Text(xlsx, entry)));

    /// <summary>The namespace prefix of the part's root element ("x:" as ClosedXML writes, or "").</summary>
    public static string Prefix(string xml) => RootPrefix().Match(xml).Groups["p"].Value;

    [GeneratedRegex(@"<(?<p>\w+:)?(worksheet|sst|workbook)\b")]
    private static partial Regex RootPrefix();
}
