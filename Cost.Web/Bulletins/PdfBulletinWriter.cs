using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Cost.Web.Bulletins;

/// <summary>
/// Writes a <see cref="Bulletin"/> as an A4 PDF with PDFsharp: a cover, the notes (说明) and the tables laid
/// out by <see cref="BulletinFlow"/>. The Chinese font is embedded as a subset (a 10-page bulletin stays near
/// 100 KB) with Unicode encoding, so pdftotext gives the text back. Every page, the cover included, carries the
/// issue (期号 and revision) and "第 n 页 共 N 页" in its footer; the pages after the cover carry the title and
/// the issue as a running head.
/// </summary>
public static partial class PdfBulletinWriter
{
    private const double Margin = BulletinFlow.Margin;

    /// <summary>The PDF bytes; throws <see cref="InvalidOperationException"/> with the Debian package to install when the font is missing.</summary>
    public static byte[] Write(Bulletin bulletin)
    {
        ArgumentNullException.ThrowIfNull(bulletin);
        if (CjkFont.EnsureInstalled() is { } missing)
        {
            throw new InvalidOperationException(missing);
        }

        var fonts = BulletinFonts.Create();
        using var document = new PdfDocument();
        document.Info.Title = $"{bulletin.Title} {bulletin.Issue}";
        document.Info.Author = bulletin.Issuer;
        document.Info.CreationDate = bulletin.IssuedAt.UtcDateTime;
        document.Info.ModificationDate = bulletin.IssuedAt.UtcDateTime;
        // The file identifier (ISO 32000 §14.4) from what the bulletin is, instead of a random one.
        var id = new Guid(SHA256.HashData(Encoding.UTF8.GetBytes($"{bulletin.Title}\n{bulletin.Subtitle}\n{bulletin.Issue}\n{bulletin.IssuedAt:O}"))[..16]);
        document.Internals.FirstDocumentID = new string([.. id.ToByteArray().Select(b => (char)b)]);
        document.Internals.SecondDocumentID = document.Internals.FirstDocumentID;

        WriteCover(document, bulletin, fonts);
        using (var flow = new BulletinFlow(document, fonts))
        {
            if (!bulletin.Notes.IsEmpty)
            {
                flow.StartPage();
                flow.Heading("说明", 0);
                foreach (var note in bulletin.Notes)
                {
                    flow.Paragraph(note);
                }
            }

            if (!bulletin.Sections.IsEmpty)
            {
                flow.StartPage();
                foreach (var section in bulletin.Sections)
                {
                    flow.Section(section);
                }
            }
        }

        WriteFurniture(document, bulletin, fonts.Small);
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

    private static void WriteCover(PdfDocument document, Bulletin bulletin, BulletinFonts fonts)
    {
        var page = BulletinFlow.NewPage(document);
        using var gfx = XGraphics.FromPdfPage(page);
        var width = page.Width.Point - 2 * Margin;
        var y = Centered(gfx, bulletin.Title, fonts.Title, 180, width) + 12;
        y = Centered(gfx, bulletin.Subtitle, fonts.Heading, y, width) + 6;
        y = Centered(gfx, bulletin.Issue, fonts.Heading, y, width);
        if (bulletin.QrText is { } qr)
        {
            QrDrawing.Draw(gfx, qr, new XRect(Margin + (width / 2) - 80, y + 24, 160, 160));
            Centered(gfx, qr, fonts.Small, y + 190, width);
        }

        y = Centered(gfx, bulletin.Issuer, fonts.Heading, 600, width);
        Centered(gfx, bulletin.IssuedOn, fonts.Body, y + 6, width);
    }

    /// <summary>Draws text centred between the margins, wrapped at their width; returns the y below it.</summary>
    private static double Centered(XGraphics gfx, string text, XFont font, double y, double width)
    {
        var height = BulletinFonts.LineHeight(font);
        foreach (var line in BulletinFlow.Wrap(gfx, text, font, width))
        {
            gfx.DrawString(line, font, XBrushes.Black, new XRect(Margin, y, width, height), XStringFormats.TopCenter);
            y += height;
        }

        return y;
    }

    /// <summary>The running head (title and issue) on every page after the cover, and the footer (issue, page n of N) on every page.</summary>
    private static void WriteFurniture(PdfDocument document, Bulletin bulletin, XFont font)
    {
        var count = document.PageCount;
        for (var i = 0; i < count; i++)
        {
            var page = document.Pages[i];
            using var gfx = XGraphics.FromPdfPage(page, XGraphicsPdfPageOptions.Append);
            var width = page.Width.Point - 2 * Margin;
            if (i > 0)
            {
                var head = new XRect(Margin, Margin - 24, width, 14);
                gfx.DrawString(bulletin.Title, font, XBrushes.Gray, head, XStringFormats.TopLeft);
                gfx.DrawString(bulletin.Issue, font, XBrushes.Gray, head, XStringFormats.TopRight);
            }

            gfx.DrawString($"{bulletin.Issue}　第 {i + 1} 页 共 {count} 页", font, XBrushes.Gray,
                new XRect(Margin, page.Height.Point - Margin + 14, width, 14), XStringFormats.TopCenter);
        }
    }
}
