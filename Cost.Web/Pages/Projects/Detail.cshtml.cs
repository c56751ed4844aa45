using System.Collections.Immutable;
using Cost.Silos.Contracts;
using Cost.Silos.Hosting;
using Cost.Web.Auth;
using Cost.Web.Hosting;
using Cost.Web.Projects;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cost.Web.Pages.Projects;

/// <summary>One tender: upload, findings, the price by unit work, submit (consultant) and file (bureau).</summary>
[Authorize(Policy = Policies.Member)]
[RequestSizeLimit(256L * 1024 * 1024)]
public sealed class ProjectDetailModel(TenderOperations operations, ReferenceData reference) : PageModel
{
    public ReferenceData Reference => reference;

    public new CurrentUser User => CurrentUser.From(base.User)!;

    public ProjectView? Project { get; private set; }

    public string? Message { get; private set; }

    public bool MessageIsError { get; private set; }

    public ImmutableArray<ProblemItem> Problems { get; private set; } = [];

    public Task<IActionResult> OnGetAsync(string tenderCode) => ShowAsync(tenderCode);

    public async Task<IActionResult> OnPostUploadAsync(string tenderCode, IFormFile? file, CancellationToken cancellationToken)
    {
        var outcome = await operations.UploadAsync(User, tenderCode, file, cancellationToken);
        return await AfterAsync(tenderCode, outcome, v => $"已上传第 {v.Current!.Number} 版：{v.Current.ErrorCount} 个错误。");
    }

    public async Task<IActionResult> OnPostSubmitAsync(string tenderCode) =>
        await AfterAsync(tenderCode, await operations.SubmitAsync(User, tenderCode), _ => "已提交备案，等待造价站审核。");

    public async Task<IActionResult> OnPostFileAsync(string tenderCode) =>
        await AfterAsync(tenderCode, await operations.FileAsync(User, tenderCode), _ => "已备案。");

    private async Task<IActionResult> AfterAsync(string tenderCode, Outcome<ProjectView> outcome, Func<ProjectView, string> success)
    {
        if (outcome.Status == StatusCodes.Status404NotFound)
        {
            return NotFound();
        }

        (Message, MessageIsError, Problems) = outcome.Succeeded
            ? (success(outcome.Value!), false, ImmutableArray<ProblemItem>.Empty)
            : (outcome.Title, true, outcome.Problems);
        return await ShowAsync(tenderCode);
    }

    private async Task<IActionResult> ShowAsync(string tenderCode)
    {
        var outcome = await operations.GetAsync(User, tenderCode);
        if (!outcome.Succeeded)
        {
            return NotFound();
        }

        Project = outcome.Value;
        return Page();
    }
}
