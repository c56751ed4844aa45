using Cost.Contracts;
using Cost.Domain.Credit;
using Cost.Silos.ReadModels;
using Cost.Web.Auth;
using Cost.Web.Hosting;
using Cost.Web.Projects;

namespace Cost.Web.Complaints;

/// <summary>
/// Complaints and reviews behind both the JSON API and the project page: the bureau records and
/// reviews; the owning firm's consultant reads. Visibility follows <see cref="TenderOperations.GetAsync"/>.
/// </summary>
public sealed class ComplaintOperations(IGrainFactory grains, TenderOperations tenders, ComplaintQueries store)
{
    public async Task<Outcome<IReadOnlyList<ComplaintView>>> ListAsync(CurrentUser user, string tenderCode, CancellationToken cancellationToken)
    {
        var project = await tenders.GetAsync(user, tenderCode);
        return project.Succeeded
            ? Outcome.Ok(await store.ListAsync(project.Value!.Info.TenderCode, cancellationToken))
            : project.Refusal<IReadOnlyList<ComplaintView>>();
    }

    public async Task<Outcome<ComplaintView>> RecordAsync(CurrentUser user, string tenderCode, ComplaintRequest request)
    {
        var project = await tenders.GetAsync(user, tenderCode);
        if (!project.Succeeded)
        {
            return project.Refusal<ComplaintView>();
        }

        var problems = new List<ProblemItem>();
        if (string.IsNullOrWhiteSpace(request.ComplainantName) || request.ComplainantName.Length > 200)
        {
            problems.Add(ProblemItem.ForField("complainantName", "投诉人名称必填，不超过 200 字。"));
        }

        if (!string.IsNullOrWhiteSpace(request.ComplainantCreditCode) && CreditCode.Problem(request.ComplainantCreditCode.Trim()) is { } bad)
        {
            problems.Add(ProblemItem.ForField("complainantCreditCode", bad));
        }

        if (string.IsNullOrWhiteSpace(request.Reason) || request.Reason.Length > 2000)
        {
            problems.Add(ProblemItem.ForField("reason", "投诉事由必填，不超过 2000 字。"));
        }

        if (problems.Count > 0)
        {
            return Outcome.Fail<ComplaintView>(StatusCodes.Status400BadRequest, "投诉信息有误。", problems);
        }

        var code = string.IsNullOrWhiteSpace(request.ComplainantCreditCode) ? null : request.ComplainantCreditCode.Trim();
        var result = await Grain(tenderCode).Complain(new NewComplaint("bureau", request.ComplainantName!.Trim(), code, request.Reason!.Trim(),
            request.ReceivedAt, user.UserName, null));
        return result.ToOutcome(StatusCodes.Status201Created);
    }

    /// <summary>The bureau's review: the re-priced workbook, read whole like an upload, decides the complaint.</summary>
    public async Task<Outcome<ComplaintView>> ReviewAsync(CurrentUser user, string tenderCode, string complaintId, IFormFile? file, CancellationToken cancellationToken)
    {
        var project = await tenders.GetAsync(user, tenderCode);
        if (!project.Succeeded)
        {
            return project.Refusal<ComplaintView>();
        }

        var read = await tenders.ReadWorkbookAsync(user, project.Value!.Info, file, cancellationToken);
        return read.Succeeded
            ? (await Grain(tenderCode).Review(complaintId, read.Value!, user.UserName)).ToOutcome()
            : read.Refusal<ComplaintView>();
    }

    private ITenderProjectGrain Grain(string tenderCode) => grains.GetGrain<ITenderProjectGrain>(GrainKeys.Tender(tenderCode));
}
