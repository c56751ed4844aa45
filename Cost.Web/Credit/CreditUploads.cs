using System.Collections.Immutable;
using Cost.Contracts;
using Cost.Web.Hosting;

namespace Cost.Web.Credit;

/// <summary>
/// The files a firm hands in with a statement or a repair application (form field <c>files</c>): at most
/// <see cref="MaxFiles"/>, each at most <see cref="MaxBytes"/>, and each what its content says it is — PDF, JPEG, PNG, or an
/// Office Open XML document (.docx, .xlsx) — never judged by its name alone.
/// </summary>
public static class CreditUploads
{
    public const int MaxFiles = 5;

    public const long MaxBytes = 5 * 1024 * 1024;

    private static readonly (string Extension, string ContentType, byte[] Magic)[] Kinds =
    [
        (".pdf", "application/pdf", "%PDF-"u8.ToArray()),
        (".jpg", "image/jpeg", [0xFF, 0xD8, 0xFF]),
        (".jpeg", "image/jpeg", [0xFF, 0xD8, 0xFF]),
        (".png", "image/png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
        (".docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "PK\u0003\u0004"u8.ToArray()),
        (".xlsx", ContentTypes.Workbook, "PK\u0003\u0004"u8.ToArray()),
    ];

    /// <summary>The files read whole, or the problems naming each refused one (nothing is kept then).</summary>
    public static async Task<(ImmutableArray<CreditUpload> Files, ImmutableArray<ProblemItem> Problems)> ReadAsync(
        IFormFileCollection? form, CancellationToken cancellationToken)
    {
        var files = form?.GetFiles("files") is { Count: > 0 } named ? named : (IReadOnlyList<IFormFile>?)form ?? [];
        if (files.Count > MaxFiles)
        {
            return ([], [ProblemItem.ForField("files", $"最多上传 {MaxFiles} 个附件，收到 {files.Count} 个。")]);
        }

        var uploads = ImmutableArray.CreateBuilder<CreditUpload>();
        var problems = ImmutableArray.CreateBuilder<ProblemItem>();
        foreach (var (file, i) in files.Select((f, i) => (f, i)))
        {
            var name = Path.GetFileName(file.FileName ?? "").Trim();
            var field = $"files[{i}]";
            var kind = Kinds.FirstOrDefault(k => name.EndsWith(k.Extension, StringComparison.OrdinalIgnoreCase));
            if (name.Length is 0 or > 200 || kind.Extension is null)
            {
                problems.Add(ProblemItem.ForField(field, $"附件“{name}”：只接受 PDF、JPG、PNG、Word（.docx）、Excel（.xlsx）文件，文件名不超过 200 字。"));
                continue;
            }

            if (file.Length is 0 or > MaxBytes)
            {
                problems.Add(ProblemItem.ForField(field, $"附件“{name}”为空或超过 {MaxBytes / 1_048_576} MB。"));
                continue;
            }

            using var buffer = new MemoryStream((int)file.Length);
            await file.CopyToAsync(buffer, cancellationToken);
            var content = buffer.ToArray();
            if (!content.AsSpan().StartsWith(kind.Magic))
            {
                problems.Add(ProblemItem.ForField(field, $"附件“{name}”的内容不是 {kind.Extension[1..].ToUpperInvariant()} 文件。"));
                continue;
            }

            uploads.Add(new CreditUpload(name, kind.ContentType, content));
        }

        return problems.Count > 0 ? ([], problems.ToImmutable()) : (uploads.ToImmutable(), []);
    }
}
