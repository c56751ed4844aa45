using System.Security.Cryptography;
using Cost.Silos.ReadModels;
using Cost.Web.Hosting;
using Cost.Web.Projects;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Cost.Web.Pages.Verify;

/// <summary>
/// The public check of a filing receipt: find a filing by its number, and drop the workbook one holds to see whether
/// its SHA-256 is the filed one. The workbook is hashed as it streams in and never stored.
/// </summary>
public sealed class VerifyModel(TenderQueries queries, IOptions<UploadOptions> uploads) : PageModel
{
    public string? FilingNumber { get; private set; }

    /// <summary>The filing, or null when none was asked for or the number is unknown.</summary>
    public FilingRecord? Filing { get; private set; }

    /// <summary>The SHA-256 of the dropped workbook, and whether it is the filed one; null before a workbook is dropped.</summary>
    public (string Sha256, string FileName, bool Matches)? Check { get; private set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? filingNumber, string? q, CancellationToken cancellationToken)
    {
        // The search box sends ?q=; the page of a filing has its number in the address, so it can be linked and printed.
        if (filingNumber is null && !string.IsNullOrWhiteSpace(q))
        {
            return Redirect("/verify/" + Uri.EscapeDataString(q.Trim()));
        }

        await FindAsync(filingNumber, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostCheckAsync(string? filingNumber, IFormFile? file, CancellationToken cancellationToken)
    {
        if (!await FindAsync(filingNumber, cancellationToken))
        {
            return Page();
        }

        if (!UploadChecks.Acceptable(file, uploads.Value.MaxBoqBytes, "工程量清单", ".xlsx 工作簿", out var refused))
        {
            Error = refused.Problem.Message;
            return Page();
        }

        await using var content = file.OpenReadStream();
        var sha256 = Convert.ToHexStringLower(await SHA256.HashDataAsync(content, cancellationToken));
        Check = (sha256, Path.GetFileName(file.FileName), string.Equals(sha256, Filing!.Sha256, StringComparison.OrdinalIgnoreCase));
        return Page();
    }

    private async Task<bool> FindAsync(string? filingNumber, CancellationToken cancellationToken)
    {
        FilingNumber = filingNumber?.Trim();
        if (string.IsNullOrEmpty(FilingNumber))
        {
            return false;
        }

        Filing = await queries.FilingAsync(FilingNumber, cancellationToken);
        Error = Filing is null ? $"未找到备案号“{FilingNumber}”，请核对回执上的备案号。" : null;
        return Filing is not null;
    }
}
