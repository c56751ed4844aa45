using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Cost.Web.Bulletins;

/// <summary>
/// The faces of a bulletin, all the Chinese font embedded as a subset with Unicode encoding (so pdftotext
/// and copy-and-paste give the text back), and the line height of each.
/// </summary>
internal sealed record BulletinFonts(XFont Title, XFont Heading, XFont Body, XFont Cell, XFont Small)
{
    private static readonly XPdfFontOptions Embedding = new(PdfFontEncoding.Unicode, PdfFontEmbedding.TryComputeSubset);

    public static BulletinFonts Create() => new(
        new XFont(CjkFont.Family, 22, XFontStyleEx.Bold, Embedding),
        new XFont(CjkFont.Family, 13, XFontStyleEx.Bold, Embedding),
        new XFont(CjkFont.Family, 9.5, XFontStyleEx.Regular, Embedding),
        new XFont(CjkFont.Family, 8.5, XFontStyleEx.Regular, Embedding),
        new XFont(CjkFont.Family, 8, XFontStyleEx.Regular, Embedding));

    /// <summary>The distance from one line's top to the next's: the face's line spacing, at least 1.25 × its size.</summary>
    public static double LineHeight(XFont font) => Math.Max(font.GetHeight(), font.Size * 1.25);
}
