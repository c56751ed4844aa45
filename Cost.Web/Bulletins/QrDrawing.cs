using PdfSharp.Drawing;
using QRCoder;

namespace Cost.Web.Bulletins;

/// <summary>
/// Draws a QR code (ISO/IEC 18004, error correction level M) as black squares in a PDF box: vectors, so it prints sharp
/// and the same text gives the same drawing. QRCoder only encodes; nothing of System.Drawing is used.
/// </summary>
public static class QrDrawing
{
    public static void Draw(XGraphics gfx, string text, XRect box)
    {
        ArgumentNullException.ThrowIfNull(gfx);
        using var generator = new QRCodeGenerator();
        using var code = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var modules = code.ModuleMatrix;
        var size = Math.Min(box.Width, box.Height) / modules.Count;
        for (var row = 0; row < modules.Count; row++)
        {
            for (var column = 0; column < modules[row].Length; column++)
            {
                if (modules[row][column])
                {
                    gfx.DrawRectangle(XBrushes.Black, box.X + (column * size), box.Y + (row * size), size, size);
                }
            }
        }
    }
}
