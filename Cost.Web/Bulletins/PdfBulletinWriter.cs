using PdfSharp.Drawing;
using PdfSharp.Drawing.Layout;
using PdfSharp.Pdf;

namespace Cost.Web.Bulletins;

/// <summary>
/// Writes a <see cref="Bulletin"/> as an A4 PDF with PDFsharp: the Chinese font is embedded as a
/// subset (a 10-page bulletin stays near 100 KB) with Unicode encoding, so pdftotext gives the text
/// back; every page but the cover is numbered "第 n 页 共 N 页".
/// </summary>
public static class PdfBulletinWriter
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
        return output.ToArray();
    }

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
                var lines = Math.Ceiling(notes.MeasureString(note, fonts.Body).Width / width) + 0.4;
                formatter.DrawString(note, fonts.Body, XBrushes.Black, new XRect(Margin, y, width, lines * 14), XStringFormats.TopLeft);
                y += lines * 14 + 6;
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
