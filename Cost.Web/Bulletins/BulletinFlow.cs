using System.Collections.Immutable;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Cost.Web.Bulletins;

/// <summary>
/// Lays paragraphs and tables down A4 pages. Text wraps at the width it is given (<see cref="TextLayout"/>,
/// measured with the embedded font), so nothing runs past the page's or a column's edge: a long name makes
/// its row taller. A paragraph or a row is never split across pages unless it is taller than a whole page
/// (then it goes on over the next), and a table continued on a new page repeats its heading (marked 续) and
/// its header row, as the printed bulletin does.
/// </summary>
internal sealed class BulletinFlow(PdfDocument document, BulletinFonts fonts) : IDisposable
{
    /// <summary>The page margin in points; the running head and the footer sit inside it.</summary>
    public const double Margin = 48;
    private const double PadX = 3;
    private const double PadY = 2.5;
    private const double ParagraphGap = 4;
    private const double SectionGap = 10;
    private static readonly XPen Rule = new(XColor.FromArgb(215, 221, 227), 0.5);
    private static readonly XBrush HeaderShade = new XSolidBrush(XColor.FromArgb(238, 242, 246));
    private PdfPage? _page;
    private XGraphics? _gfx;
    private double _y;
    private bool _rowsOnPage;

    private double Width => _page!.Width.Point - 2 * Margin;

    private double Bottom => _page!.Height.Point - Margin;

    private double CellLine => BulletinFonts.LineHeight(fonts.Cell);

    public static PdfPage NewPage(PdfDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var page = document.AddPage();
        page.Size = PdfSharp.PageSize.A4;
        return page;
    }

    /// <summary>The lines of a text at a width in a font, as this flow will draw them.</summary>
    public static ImmutableArray<string> Wrap(XGraphics gfx, string text, XFont font, double width) =>
        TextLayout.Wrap(text, width, s => gfx.MeasureString(s, font).Width);

    public void StartPage()
    {
        _gfx?.Dispose();
        _page = NewPage(document);
        _gfx = XGraphics.FromPdfPage(_page);
        _y = Margin;
        _rowsOnPage = false;
    }

    /// <summary>A heading kept on the page with at least <paramref name="keepWith"/> points of what follows it.</summary>
    public void Heading(string text, double keepWith)
    {
        var lines = Wrap(_gfx!, text, fonts.Heading, Width);
        var height = lines.Length * BulletinFonts.LineHeight(fonts.Heading) + 6;
        if (_y + height + keepWith > Bottom && _y > Margin)
        {
            StartPage();
        }

        DrawLines(lines, fonts.Heading, Margin, Width, XStringFormats.TopLeft);
        _y += 6;
    }

    /// <summary>A paragraph wrapped at the page's text width, kept whole on one page when it fits on one (else it goes on over the next).</summary>
    public void Paragraph(string text)
    {
        var lines = Wrap(_gfx!, text, fonts.Body, Width);
        var line = BulletinFonts.LineHeight(fonts.Body);
        if (_y + lines.Length * line > Bottom && _y > Margin)
        {
            StartPage();
        }

        while (_y + lines.Length * line > Bottom)
        {
            var fit = Math.Max(1, (int)((Bottom - _y) / line));
            DrawLines([.. lines.Take(fit)], fonts.Body, Margin, Width, XStringFormats.TopLeft);
            lines = [.. lines.Skip(fit)];
            StartPage();
        }

        DrawLines(lines, fonts.Body, Margin, Width, XStringFormats.TopLeft);
        _y += ParagraphGap;
    }

    public void Section(BulletinSection section)
    {
        ArgumentNullException.ThrowIfNull(section);
        var widths = ColumnWidths(section.Columns);
        var header = Lay(section.Columns.Select(c => c.Header).ToList(), widths);
        var first = section.Rows.IsEmpty ? 0 : Lay(section.Rows[0], widths).Height;
        Heading(section.Heading, header.Height + first);
        DrawRow(section.Columns, widths, header, shaded: true);
        foreach (var row in section.Rows)
        {
            var laid = Lay(row, widths);
            while (_y + laid.Height > Bottom)
            {
                if (!_rowsOnPage)
                {
                    // A row taller than a whole page (no real catalogue entry is) goes on over the next page rather than off this one.
                    var (now, rest) = laid.Split(Math.Max(1, (int)((Bottom - _y - 2 * PadY) / CellLine)), CellLine);
                    DrawRow(section.Columns, widths, now, shaded: false);
                    laid = rest;
                }

                StartPage();
                Heading($"{section.Heading}（续）", header.Height + laid.Height);
                DrawRow(section.Columns, widths, header, shaded: true);
            }

            DrawRow(section.Columns, widths, laid, shaded: false);
            _rowsOnPage = true;
        }

        _y += SectionGap;
    }

    public void Dispose() => _gfx?.Dispose();

    private double[] ColumnWidths(ImmutableArray<BulletinColumn> columns)
    {
        var total = columns.Sum(c => c.Width);
        return [.. columns.Select(c => Width * c.Width / total)];
    }

    private LaidRow Lay(IReadOnlyList<string> cells, double[] widths)
    {
        var lines = widths.Select((w, i) => Wrap(_gfx!, i < cells.Count ? cells[i] : "", fonts.Cell, w - 2 * PadX)).ToImmutableArray();
        return LaidRow.Of(lines, CellLine);
    }

    private void DrawRow(ImmutableArray<BulletinColumn> columns, double[] widths, LaidRow row, bool shaded)
    {
        if (shaded)
        {
            _gfx!.DrawRectangle(HeaderShade, Margin, _y, Width, row.Height);
        }

        var top = _y;
        var x = Margin;
        for (var i = 0; i < columns.Length; i++)
        {
            _y = top + PadY;
            DrawLines(row.Cells[i], fonts.Cell, x + PadX, widths[i] - 2 * PadX, columns[i].Numeric ? XStringFormats.TopRight : XStringFormats.TopLeft);
            x += widths[i];
        }

        _y = top + row.Height;
        _gfx!.DrawLine(Rule, Margin, _y, Margin + Width, _y);
    }

    private void DrawLines(ImmutableArray<string> lines, XFont font, double x, double width, XStringFormat format)
    {
        var height = BulletinFonts.LineHeight(font);
        foreach (var line in lines)
        {
            _gfx!.DrawString(line, font, XBrushes.Black, new XRect(x, _y, width, height), format);
            _y += height;
        }
    }

    /// <summary>A row's cells broken into lines, and its height (the tallest cell's lines plus padding).</summary>
    private sealed record LaidRow(ImmutableArray<ImmutableArray<string>> Cells, double Height)
    {
        public static LaidRow Of(ImmutableArray<ImmutableArray<string>> cells, double lineHeight) =>
            new(cells, Math.Max(1, cells.Max(l => l.Length)) * lineHeight + 2 * PadY);

        /// <summary>The first <paramref name="lines"/> lines of every cell, and the rest.</summary>
        public (LaidRow Head, LaidRow Tail) Split(int lines, double lineHeight) =>
            (Of([.. Cells.Select(c => c.Take(lines).ToImmutableArray())], lineHeight), Of([.. Cells.Select(c => c.Skip(lines).ToImmutableArray())], lineHeight));
    }
}
