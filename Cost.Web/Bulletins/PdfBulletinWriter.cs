using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using PdfSharp.Drawing;
using PdfSharp.Drawing.Layout;
using PdfSharp.Pdf;

namespace Cost.Web.Bulletins;

/// <summary>
/// Writes a <see cref="Bulletin"/> as an A4 PDF with PDFsharp: the Chinese font is embedded as a
/// subset (a 10-page bulletin stays near 100 KB) with Unicode encoding, so pdftotext gives the text
/// back; every page but the cover is numbered "第 n 页 共 N 页".
/// </summary>
public static partial class PdfBulletinWriter
{
    private const double Margin = 48;
    private const double RowHeight = 16;
    private static readonly XPdfFontOptions Embedding = new(PdfFontEncoding.Unicode, PdfFontEmbedding.TryComputeSubset);

    /// <summary>The PDF bytes; throws <see cref="InvalidOperationException"/> with the Debian package to install when the font is missing.</summary>
    public static byte[] Write(Bulletin bulletin)
    {
        if (CjkFont.EnsureInstalled() is { } missing)
        {
            throw new InvalidOperationException(missing);
        }

        var fonts = new Fonts(
            new XFont(CjkFont.Family, 22, XFontStyleEx.Bold, Embedding),
            new XFont(CjkFont.Family, 13, XFontStyleEx.Bold, Embedding),
            new XFont(CjkFont.Family, 9.5, XFontStyleEx.Regular, Embedding),
            new XFont(CjkFont.Family, 8.5, XFontStyleEx.Regular, Embedding));
        using var document = new PdfDocument();
        document.Info.Title = bulletin.Title;
        document.Info.Author = bulletin.Issuer;
        document.Info.CreationDate = bulletin.IssuedAt.UtcDateTime;
        document.Info.ModificationDate = bulletin.IssuedAt.UtcDateTime;
        // The file identifier (ISO 32000 §14.4) from what the bulletin is, instead of a random one.
        var id = new Guid(SHA256.HashData(Encoding.UTF8.GetBytes($"{bulletin.Title}\n{bulletin.Subtitle}\n{bulletin.IssuedAt:O}"))[..16]);
        document.Internals.FirstDocumentID = new string([.. id.ToByteArray().Select(b => (char)b)]);
        document.Internals.SecondDocumentID = document.Internals.FirstDocumentID;

        WriteCover(document, bulletin, fonts);
        var cursor = new Cursor(document, fonts, bulletin.Title);
        foreach (var section in bulletin.Sections)
        {
            cursor.Section(section);
        }

        cursor.Finish();
        NumberPages(document, fonts.Small);
        using var output = new MemoryStream();
        document.Save(output);
        return Stable(output.ToArray(), id);
    }

    /// <summary>
    /// PDFsharp puts random values in three places: each font subset's six-letter tag (ISO 32000
    /// §9.6.4), and the XMP metadata's document and instance uuids. The n-th distinct tag becomes
    /// CSTA[A+n] and the uuids the bulletin's own, so the same bulletin is the same bytes every time.
    /// Replacements have the original's length, so the cross-reference offsets stay right.
    /// </summary>
    private static byte[] Stable(byte[] pdf, Guid id)
    {
        var tags = new Dictionary<string, string>(StringComparer.Ordinal);
        var text = SubsetTag().Replace(Encoding.Latin1.GetString(pdf), m =>
        {
            var tag = m.Groups["tag"].Value;
            if (!tags.TryGetValue(tag, out var replacement))
            {
                replacement = tags[tag] = $"CSTA{(char)('A' + tags.Count / 26)}{(char)('A' + tags.Count % 26)}";
            }

            return $"{m.Groups["key"].Value}{replacement}+";
        });
        return Encoding.Latin1.GetBytes(XmpUuid().Replace(text, $"uuid:{id:D}"));
    }

    [GeneratedRegex("(?<key>/(?:FontName|BaseFont)/)(?<tag>[A-Z]{6})\\+")]
    private static partial Regex SubsetTag();

    [GeneratedRegex("uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")]
    private static partial Regex XmpUuid();

    private static void WriteCover(PdfDocument document, Bulletin bulletin, Fonts fonts)
    {
        var page = NewPage(document);
        using var gfx = XGraphics.FromPdfPage(page);
        var width = page.Width.Point - 2 * Margin;
        gfx.DrawString(bulletin.Title, fonts.Title, XBrushes.Black, new XRect(Margin, 180, width, 40), XStringFormats.TopCenter);
        gfx.DrawString(bulletin.Subtitle, fonts.Heading, XBrushes.Black, new XRect(Margin, 230, width, 30), XStringFormats.TopCenter);
        gfx.DrawString(bulletin.Issuer, fonts.Heading, XBrushes.Black, new XRect(Margin, 600, width, 30), XStringFormats.TopCenter);
        gfx.DrawString(bulletin.IssuedOn, fonts.Body, XBrushes.Black, new XRect(Margin, 630, width, 20), XStringFormats.TopCenter);

        if (!bulletin.Notes.IsEmpty)
        {
            var notesPage = NewPage(document);
            using var notes = XGraphics.FromPdfPage(notesPage);
            notes.DrawString("说明", fonts.Heading, XBrushes.Black, new XRect(Margin, Margin, width, 24), XStringFormats.TopLeft);
            var formatter = new XTextFormatter(notes);
            var y = Margin + 32;
            foreach (var note in bulletin.Notes)
            {
                // XTextFormatter breaks Chinese text anywhere; leave a spare line for its breaks.
                var lines = Math.Ceiling(notes.MeasureString(note, fonts.Body).Width / width) + 1;
                formatter.DrawString(note, fonts.Body, XBrushes.Black, new XRect(Margin, y, width, lines * 15), XStringFormats.TopLeft);
                y += lines * 15 + 4;
            }
        }
    }

    private static void NumberPages(PdfDocument document, XFont font)
    {
        var count = document.PageCount;
        for (var i = 1; i < count; i++)
        {
            var page = document.Pages[i];
            using var gfx = XGraphics.FromPdfPage(page, XGraphicsPdfPageOptions.Append);
            gfx.DrawString($"第 {i + 1} 页 共 {count} 页", font, XBrushes.Gray,
                new XRect(0, page.Height.Point - Margin + 12, page.Width.Point, 16), XStringFormats.TopCenter);
        }
    }

    private static PdfPage NewPage(PdfDocument document)
    {
        var page = document.AddPage();
        page.Size = PdfSharp.PageSize.A4;
        return page;
    }

    private sealed record Fonts(XFont Title, XFont Heading, XFont Body, XFont Small);

    /// <summary>Lays tables out down the pages, repeating a table's header on each new page.</summary>
    private sealed class Cursor(PdfDocument document, Fonts fonts, string runningTitle)
    {
        private PdfPage? _page;
        private XGraphics? _gfx;
        private double _y;

        private double Width => _page!.Width.Point - 2 * Margin;

        private double Bottom => _page!.Height.Point - Margin - 8;

        public void Section(BulletinSection section)
        {
            EnsureRoom(RowHeight * 4);
            _gfx!.DrawString(section.Heading, fonts.Heading, XBrushes.Black, new XRect(Margin, _y, Width, 20), XStringFormats.TopLeft);
            _y += 24;
            Header(section);
            foreach (var row in section.Rows)
            {
                if (_y + RowHeight > Bottom)
                {
                    NextPage();
                    Header(section);
                }

                Row(section, row, fonts.Body, XBrushes.Black);
            }

            _y += 10;
        }

        public void Finish() => _gfx?.Dispose();

        private void Header(BulletinSection section)
        {
            _gfx!.DrawRectangle(new XSolidBrush(XColor.FromArgb(238, 242, 246)), Margin, _y, Width, RowHeight);
            Row(section, [.. section.Columns.Select(c => c.Header)], fonts.Body, XBrushes.Black);
        }

        private void Row(BulletinSection section, IReadOnlyList<string> cells, XFont font, XBrush brush)
        {
            var total = section.Columns.Sum(c => c.Width);
            var x = Margin;
            for (var i = 0; i < section.Columns.Length; i++)
            {
                var column = section.Columns[i];
                var w = Width * column.Width / total;
                var text = i < cells.Count ? cells[i] : "";
                text = Fit(text, font, w - 6);
                _gfx!.DrawString(text, font, brush, new XRect(x + 3, _y + 2, w - 6, RowHeight - 2),
                    column.Numeric ? XStringFormats.TopRight : XStringFormats.TopLeft);
                x += w;
            }

            _gfx!.DrawLine(new XPen(XColor.FromArgb(215, 221, 227), 0.5), Margin, _y + RowHeight, Margin + Width, _y + RowHeight);
            _y += RowHeight;
        }

        private string Fit(string text, XFont font, double width)
        {
            if (_gfx!.MeasureString(text, font).Width <= width)
            {
                return text;
            }

            while (text.Length > 1 && _gfx.MeasureString(text + "…", font).Width > width)
            {
                text = text[..^1];
            }

            return text + "…";
        }

        private void EnsureRoom(double height)
        {
            if (_gfx is null || _y + height > Bottom)
            {
                NextPage();
            }
        }

        private void NextPage()
        {
            _gfx?.Dispose();
            _page = NewPage(document);
            _gfx = XGraphics.FromPdfPage(_page);
            _gfx.DrawString(runningTitle, fonts.Small, XBrushes.Gray, new XRect(Margin, Margin - 24, Width, 14), XStringFormats.TopLeft);
            _y = Margin;
        }
    }
}
