using System.Diagnostics.CodeAnalysis;

namespace Cost.Web.Hosting;

/// <summary>
/// What every upload is checked for before its bytes are read (OWASP File Upload Cheat Sheet: limit the
/// file size): a file in the form field "file", no larger than the limit for its kind. What the file
/// is, the reader tells from its content, never from its name.
/// </summary>
public static class UploadChecks
{
    /// <summary>True when the file may be read; otherwise the 422 title and problem saying why not.</summary>
    /// <param name="file">The uploaded file, null when the form has none.</param>
    /// <param name="maxBytes">The limit for this kind of upload, in bytes.</param>
    /// <param name="what">What is uploaded, for the title ("工程量清单").</param>
    /// <param name="accepted">The formats accepted, for the hint (".xlsx 工作簿").</param>
    /// <param name="refusal">Why the file is refused, when it is.</param>
    public static bool Acceptable([NotNullWhen(true)] IFormFile? file, long maxBytes, string what, string accepted, out (string Title, ProblemItem Problem) refusal)
    {
        refusal = file is null
            ? ($"未收到{what}文件。", ProblemItem.ForField("file", $"请在表单字段 file 中上传 {accepted}。"))
            : ("文件过大。", ProblemItem.ForField("file", $"文件 {file.Length / 1_048_576.0:F1} MB，超过上限 {maxBytes / 1_048_576.0:F1} MB。"));
        return file is not null && file.Length <= maxBytes;
    }
}
