using System.Buffers.Binary;

namespace Cost.Web.Bulletins;

/// <summary>
/// Copies one face out of a TrueType collection (.ttc) into a standalone TrueType font. PDFsharp
/// cannot open collections (docs/decisions/0002-pdfsharp.md); the tables of the face are copied unchanged, so their
/// checksums stay valid.
/// </summary>
public static class FontCollectionFace
{
    public static byte[] Extract(ReadOnlySpan<byte> ttc, int face = 0)
    {
        if (ttc.Length < 16 || !ttc[..4].SequenceEqual("ttcf"u8))
        {
            // Already a plain TrueType/OpenType font.
            return ttc.ToArray();
        }

        var faces = BinaryPrimitives.ReadUInt32BigEndian(ttc[8..]);
        if (face < 0 || face >= faces)
        {
            throw new ArgumentOutOfRangeException(nameof(face), $"字体集合只有 {faces} 个字形。");
        }

        var header = (int)BinaryPrimitives.ReadUInt32BigEndian(ttc[(12 + 4 * face)..]);
        var tableCount = BinaryPrimitives.ReadUInt16BigEndian(ttc[(header + 4)..]);
        var directoryLength = 12 + 16 * tableCount;
        var tables = new (int Record, int Offset, int Length)[tableCount];
        var size = Align(directoryLength);
        for (var i = 0; i < tableCount; i++)
        {
            var record = header + 12 + 16 * i;
            tables[i] = (record, (int)BinaryPrimitives.ReadUInt32BigEndian(ttc[(record + 8)..]), (int)BinaryPrimitives.ReadUInt32BigEndian(ttc[(record + 12)..]));
            size += Align(tables[i].Length);
        }

        var font = new byte[size];
        ttc.Slice(header, directoryLength).CopyTo(font);
        var position = Align(directoryLength);
        for (var i = 0; i < tableCount; i++)
        {
            var (record, offset, length) = tables[i];
            ttc.Slice(offset, length).CopyTo(font.AsSpan(position));
            BinaryPrimitives.WriteUInt32BigEndian(font.AsSpan(record - header + 8), (uint)position);
            position += Align(length);
        }

        return font;
    }

    private static int Align(int length) => (length + 3) & ~3;
}
