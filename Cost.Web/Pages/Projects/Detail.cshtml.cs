using System.Collections.Immutable;
using Cost.Contracts;
using Cost.Domain.Materials;
using Cost.Domain.Reviews;
using Cost.Silos.Hosting;
using Cost.Silos.ReadModels;
using Cost.Web.Auth;
using Cost.Web.Complaints;
using Cost.Web.Credit;
using Cost.Web.Hosting;
using Cost.Web.Projects;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cost.Web.Pages.Projects;

/// <summary>One tender: upload, findings, the price by unit work, submit (consultant), file or return with a reason (bureau).</summary>
[Authorize(Policy = Policies.Member)]
public sealed class ProjectDetailModel(
    TenderOperations operations, ReferenceData reference, ComplaintOperations complaints, ExchangeQueries exchange, ReviewRules reviewRules,
    StaleAlarmQueries staleAlarms) : PageModel
{
    public ReferenceData Reference => reference;

    public new CurrentUser User => CurrentUser.From(base.User)!;

    public ProjectView? Project { get; private set; }

    /// <summary>The outcome of the last step, carried over the redirect after a post (post-redirect-get: a refresh repeats nothing).</summary>
    [TempData] public string? Message { get; set; }

    [TempData] public bool MessageIsError { get; set; }

    /// <summary>The refusal's problems (sheet, row, column), carried over the redirect as JSON; at most <see cref="ProblemsShown"/>.</summary>
    [TempData] public string? ProblemsJson { get; set; }

    public ImmutableArray<ProblemItem> Problems => ProblemsJson is null ? [] : System.Text.Json.JsonSerializer.Deserialize<ImmutableArray<ProblemItem>>(ProblemsJson);

    /// <summary>How many problems of a refusal the page lists (the rest are in the API's answer and the count says so).</summary>
    public const int ProblemsShown = 30;

    /// <summary>Complaints against the ceiling price and their reviews.</summary>
    public IReadOnlyList<ComplaintView> Complaints { get; private set; } = [];

    /// <summary>The bid opening the platform reported, if any.</summary>
    public OpeningRow? Opening { get; private set; }

    /// <summary>The award the platform reported, if any.</summary>
    public AwardRow? Award { get; private set; }

    /// <summary>Stale-price alarms raised by months published after the base month, newest first.</summary>
    public IReadOnlyList<StaleAlarm> StaleAlarms { get; private set; } = [];

    public Task<IActionResult> OnGetAsync(string tenderCode) => ShowAsync(tenderCode);

    public async Task<IActionResult> OnPostUploadAsync(string tenderCode, IFormFile? file, CancellationToken cancellationToken)
    {
        var outcome = await operations.UploadAsync(User, tenderCode, file, cancellationToken);
        // An upload with errors is no success to be shown in green: the version cannot be submitted.
        return await AfterAsync(tenderCode, outcome, v => v.Current!.ErrorCount == 0
            ? $"已上传第 {v.Current.Number} 版：没有错误，可以提交备案。"
            : $"已上传第 {v.Current.Number} 版，但有 {v.Current.ErrorCount} 个错误，不能提交备案：请按下方检查结果改正后重新上传。",
            v => v.Current!.ErrorCount > 0);
    }

    // The same roles as the API's submit (Consultant) and file (Bureau): a consultant never files their own price.
    public async Task<IActionResult> OnPostSubmitAsync(string tenderCode, string? compilerName, string? compilerNumber, string? reviewerName, string? reviewerNumber) =>
        User.IsBureau ? Forbid() :
        await AfterAsync(tenderCode, await operations.SubmitAsync(User, tenderCode,
            new SubmitRequest(new EngineerRequest(compilerName, compilerNumber), new EngineerRequest(reviewerName, reviewerNumber))), _ => "已提交备案，等待造价站审核。");

    public async Task<IActionResult> OnPostFileAsync(string tenderCode) => !User.IsBureau ? Forbid() :
        await AfterAsync(tenderCode, await operations.FileAsync(User, tenderCode), _ => "已备案。");

    public async Task<IActionResult> OnPostReturnAsync(string tenderCode, string? reason) => !User.IsBureau ? Forbid() :
        await AfterAsync(tenderCode, await operations.ReturnAsync(User, tenderCode, reason), v => $"第 {v.Current!.Number} 版已退回编制单位。");

    public async Task<IActionResult> OnPostPublishAsync(string tenderCode) => !User.IsBureau ? Forbid() :
        await AfterAsync(tenderCode, await operations.PublishAsync(User, tenderCode), _ => "已公布，投诉期自现在起算。");

    public async Task<IActionResult> OnPostComplaintAsync(string tenderCode, ComplaintRequest complaint) => !User.IsBureau ? Forbid() :
        await AfterAsync(tenderCode, await complaints.RecordAsync(User, tenderCode, complaint), c => $"已登记投诉 {c.Id}。");

    public async Task<IActionResult> OnPostReviewAsync(string tenderCode, string complaintId, IFormFile? file, CancellationToken cancellationToken) => !User.IsBureau ? Forbid() :
        await AfterAsync(tenderCode, await complaints.ReviewAsync(User, tenderCode, complaintId, file, cancellationToken), c => c.Status == "upheld"
            ? $"复核偏差 {Display.SignedPercent(c.Review!.Deviation)}，超过 ±{Display.Percent(reviewRules.Tolerance)}：已修订为第 {c.RevisedVersion} 版并重新备案，{Display.DeadlineExtension(c)}编制单位已记不良行为。"
            : $"复核偏差 {Display.SignedPercent(c.Review!.Deviation)}，在 ±{Display.Percent(reviewRules.Tolerance)} 以内：投诉已驳回。");

    /// <summary>Keeps the outcome for the page the post redirects to: <paramref name="success"/>'s text, as an error when <paramref name="blocked"/> says so.</summary>
    private async Task<IActionResult> AfterAsync<T>(string tenderCode, Outcome<T> outcome, Func<T, string> success, Func<T, bool>? blocked = null)
    {
        if (outcome.Status == StatusCodes.Status404NotFound)
        {
            return NotFound();
        }

        (Message, MessageIsError) = outcome.Succeeded
            ? (success(outcome.Value!), blocked?.Invoke(outcome.Value!) ?? false)
            : (outcome.Problems.Length > ProblemsShown ? $"{outcome.Detail}（共 {outcome.Problems.Length} 处问题，下面列出前 {ProblemsShown} 处）" : outcome.Detail, true);
        ProblemsJson = outcome.Succeeded || outcome.Problems.IsEmpty ? null : System.Text.Json.JsonSerializer.Serialize(outcome.Problems.Take(ProblemsShown));
        return RedirectToPage(new { tenderCode });
    }

    private async Task<IActionResult> ShowAsync(string tenderCode)
    {
        var outcome = await operations.GetAsync(User, tenderCode);
        if (!outcome.Succeeded)
        {
            return NotFound();
        }

        Project = outcome.Value;
        Complaints = (await complaints.ListAsync(User, tenderCode, HttpContext.RequestAborted)).Value ?? [];
        Opening = await exchange.OpeningAsync(Project!.Info.TenderCode, HttpContext.RequestAborted);
        Award = await exchange.AwardAsync(Project.Info.TenderCode, HttpContext.RequestAborted);
        StaleAlarms = await staleAlarms.ForTenderAsync(Project.Info.TenderCode, HttpContext.RequestAborted);
        return Page();
    }
}
