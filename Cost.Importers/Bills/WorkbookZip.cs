using System.Buffers.Binary;
using System.IO.Compression;

namespace Cost.Importers.Bills;

/// <summary>
/// Checks an .xlsx's zip from its central directory before anything is inflated (OWASP File Upload
/// Cheat Sheet, "zip bombs"): the directory must be there (a truncated upload has none), it may list at
/// most <see cref="BoqReadLimits.MaxEntries"/> parts, their declared sizes may add up to at most
/// <see cref="BoqReadLimits.MaxUncompressedBytes"/> (.NET never inflates an entry past its declared
/// size), and no part may claim a ratio deflate cannot reach honestly. Links to other workbooks are
/// refused: their cached values come from files nobody here can see.
/// </summary>
internal static class WorkbookZip
{
    /// <summary>Deflate tops out near 1032:1; a declared ratio above this is a bomb.</summary>
    private const long MaxCompressionRatio = 1000;

    private const string Truncated = "工作簿文件不完整：找不到 zip 目录（文件可能被截断或上传中断），无法读取。请重新导出后再上传。";

    /// <summary>Why this zip is not a workbook we will inflate, or null.</summary>
    public static string? Problem(MemoryStream bytes, BoqReadLimits limits)
    {
        var declared = DeclaredEntryCount(bytes.GetBuffer().AsSpan(0, (int)bytes.Length));
        if (declared is null)
        {
            return Truncated;
        }

        // 0xFFFF means "see the ZIP64 record": the count is then checked on the entries below.
        if (declared is not ushort.MaxValue && declared > limits.MaxEntries)
        {
            return TooManyEntries(declared.Value, limits);
        }

        try
        {
            using var zip = new ZipArchive(bytes, ZipArchiveMode.Read, leaveOpen: true);
            if (zip.Entries.Count > limits.MaxEntries)
            {
                return TooManyEntries(zip.Entries.Count, limits);
            }

            long total = 0;
            var hasWorkbook = false;
            foreach (var entry in zip.Entries)
            {
                total += entry.Length;
                hasWorkbook |= entry.FullName.Equals("xl/workbook.xml", StringComparison.OrdinalIgnoreCase);
                if (total > limits.MaxUncompressedBytes)
                {
                    return $"工作簿解压后超过 {limits.MaxUncompressedBytes / 1_000_000m:0.#} MB 上限，拒绝读取。";
                }

                if (entry.CompressedLength > 0 && entry.Length / entry.CompressedLength > MaxCompressionRatio)
                {
                    return $"工作簿中的“{entry.FullName}”压缩比异常（声明解压后 {entry.Length:#,0} 字节，压缩后仅 {entry.CompressedLength:#,0} 字节），拒绝读取。";
                }

                if (entry.FullName.StartsWith("xl/externalLinks/", StringComparison.OrdinalIgnoreCase))
                {
                    return $"工作簿含有指向其他工作簿的外部链接（{entry.FullName}）：链接单元格的数值来自另一个文件，无法核对。请在 Excel 中用“数据 → 编辑链接 → 断开链接”改为数值后再上传。";
                }
            }

            return hasWorkbook ? null : UploadSignature.NotWorkbook;
        }
        catch (InvalidDataException)
        {
            return Truncated;
        }
        finally
        {
            bytes.Position = 0;
        }
    }

    /// <summary>
    /// The number of entries the end-of-central-directory record declares (PK\x05\x06, its total count
    /// 10 bytes in, followed by a comment of at most 65,535 bytes); null when the record is missing.
    /// </summary>
    private static int? DeclaredEntryCount(ReadOnlySpan<byte> zip)
    {
        const int RecordLength = 22;
        var tail = zip[Math.Max(0, zip.Length - RecordLength - ushort.MaxValue)..];
        var at = tail.LastIndexOf("PK\u0005\u0006"u8);
        return at < 0 || tail.Length - at < RecordLength ? null : BinaryPrimitives.ReadUInt16LittleEndian(tail[(at + 10)..]);
    }

    private static string TooManyEntries(int count, BoqReadLimits limits) =>
        $"工作簿由 {count:#,0} 个部件组成，超过上限 {limits.MaxEntries:#,0}，拒绝读取。";
}
