namespace Cost.Importers.Bills;

/// <summary>
/// What an upload is, told by its first bytes and never by its name (OWASP File Upload Cheat Sheet:
/// validate the file type by its content): an .xlsx is a zip (PK\x03\x04); an Excel 97-2003 .xls or an
/// encrypted workbook is an OLE2 compound file (D0 CF 11 E0); PDFs and images are named as such.
/// </summary>
internal static class UploadSignature
{
    public const string NotWorkbook = "上传的文件不是 Excel 工作簿（.xlsx），无法读取。";

    private static readonly byte[] Zip = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] Ole2 = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    private static readonly (byte[] Magic, string What)[] Documents =
    [
        ("%PDF-"u8.ToArray(), "PDF 文档"),
        ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "PNG 图片"),
        ([0xFF, 0xD8, 0xFF], "JPEG 图片"),
        ("GIF8"u8.ToArray(), "GIF 图片"),
        ("II*\0"u8.ToArray(), "TIFF 图片"),
        ("MM\0*"u8.ToArray(), "TIFF 图片"),
    ];

    public static bool IsZip(ReadOnlySpan<byte> content) => content.StartsWith(Zip);

    /// <summary>
    /// Why the content is not what may be uploaded — empty, an old .xls, a PDF or an image — naming
    /// what it is and what to upload instead (<paramref name="accepted"/>); null for a zip or other content.
    /// </summary>
    public static string? Refusal(ReadOnlySpan<byte> content, string accepted)
    {
        if (content.IsEmpty)
        {
            return $"上传的文件是空的（0 字节）：请上传 {accepted}。";
        }

        if (content.StartsWith(Ole2))
        {
            return $"上传的文件是旧版 Excel 97-2003 工作簿（.xls）或设置了打开密码的文件，系统不读取这种格式：请在 Excel 中另存为 {accepted}（并取消打开密码）后再上传。";
        }

        foreach (var (magic, what) in Documents)
        {
            if (content.StartsWith(magic))
            {
                return $"上传的文件是 {what}（系统按文件内容识别，不看扩展名）：请上传 {accepted}。";
            }
        }

        return null;
    }
}
