using System.Diagnostics;
using PdfSharp.Fonts;

namespace Cost.Web.Bulletins;

/// <summary>
/// The Chinese font of PDF bulletins: WenQuanYi Micro Hei from the Debian package
/// fonts-wqy-microhei, found with fc-match (never a fixed path). PDFsharp on Linux looks up no
/// system fonts, so this resolver hands it the face's bytes; it is installed once per process.
/// </summary>
public sealed class CjkFont : IFontResolver
{
    public const string Family = "WenQuanYi Micro Hei";
    public const string DebianPackage = "fonts-wqy-microhei";
    private static readonly Lock Gate = new();
    private static CjkFont? _installed;
    private readonly byte[] _face;

    private CjkFont(byte[] face) => _face = face;

    /// <summary>
    /// Installs the resolver if the font is present. Returns null when it is, or a Chinese message
    /// naming the Debian package to install.
    /// </summary>
    public static string? EnsureInstalled()
    {
        lock (Gate)
        {
            if (_installed is not null)
            {
                return null;
            }

            var path = Locate();
            if (path is null)
            {
                return $"未找到中文字体 {Family}：请安装 Debian 软件包 {DebianPackage}（apt-get install {DebianPackage}）后重试。其他功能不受影响。";
            }

            _installed = new CjkFont(FontCollectionFace.Extract(File.ReadAllBytes(path)));
            GlobalFontSettings.FontResolver = _installed;
            return null;
        }
    }

    public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(Family, mustSimulateBold: bold, mustSimulateItalic: italic);

    public byte[] GetFont(string faceName) => _face;

    private static string? Locate()
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo("fc-match", ["-f", "%{file}", Family])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            });
            if (process is null)
            {
                return null;
            }

            var file = process.StandardOutput.ReadToEnd().Trim();
            process.WaitForExit();
            // fc-match falls back to some other font when the family is missing.
            return file.Contains("wqy-microhei", StringComparison.OrdinalIgnoreCase) && File.Exists(file) ? file : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
