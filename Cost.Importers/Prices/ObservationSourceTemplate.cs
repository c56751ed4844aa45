using System.Security.Cryptography;
using Cost.Domain.Prices;

namespace Cost.Importers.Prices;

/// <summary>
/// Who uploaded which file (its SHA-256 in lower-case hex, the key that makes a second upload of the
/// same file add nothing); the reader adds each observation's row.
/// </summary>
public sealed record ObservationSourceTemplate(string UploadedBy, string FileName, string FileSha256)
{
    /// <summary>The source of the observation read from a row.</summary>
    public ObservationSource At(int row) => new(UploadedBy, FileName, FileSha256, row);

    /// <summary>A template whose hash is computed from the file's bytes.</summary>
    public static ObservationSourceTemplate ForContent(string uploadedBy, string fileName, ReadOnlySpan<byte> content) =>
        new(uploadedBy, fileName, Sha256Hex(content));

    /// <summary>SHA-256 of the bytes, lower-case hex.</summary>
    public static string Sha256Hex(ReadOnlySpan<byte> content) =>
        Convert.ToHexStringLower(SHA256.HashData(content));
}
