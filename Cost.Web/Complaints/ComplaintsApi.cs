using Cost.Contracts;
using Cost.Web.Auth;
using Cost.Web.Projects;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Cost.Web.Complaints;

/// <summary>Publication, complaints and reviews of a ceiling price (GB/T 50500-2013 §5.3) for the bureau.</summary>
public static class ComplaintsApi
{
    public static IEndpointRouteBuilder MapComplaintsApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/projects/{tenderCode}").WithTags("最高投标限价投诉与复核").RequireAuthorization(Policies.Member);
        api.MapPost("/publish", Publish).RequireAuthorization(Policies.BureauOnly)
            .WithSummary("公布已备案的最高投标限价（状态 published）；投诉期自公布起算（未单独公布的自备案起算）");
        api.MapGet("/complaints", List).WithSummary("该项目的投诉及复核结果（造价站；编制单位的咨询人员可查看）");
        api.MapPost("/complaints", Record).RequireAuthorization(Policies.BureauOnly)
            .WithSummary("登记投诉 { complainantName, complainantCreditCode?, reason, receivedAt? } → 201；逾期（默认公布后 5 日）或已开标 409");
        api.MapPost("/complaints/{complaintId}/review", Review).RequireAuthorization(Policies.BureauOnly).DisableAntiforgery()
            .WithSummary("复核：上传重新计价的清单（multipart 字段 file）。偏差超过 ±3% 维持投诉：修订为新版本并重新备案、投标截止顺延 15 日、编制单位记不良行为 B01；否则驳回（±1% 以内记良好行为 G03）");
        return routes;
    }

    private static async Task<Results<Ok<CeilingPriceJson>, ProblemHttpResult>> Publish(CurrentUser user, string tenderCode, TenderOperations operations) =>
        (await operations.PublishAsync(user, tenderCode)).ToResult(ProjectsApi.Current);

    private static async Task<Results<Ok<ComplaintListJson>, ProblemHttpResult>> List(
        CurrentUser user, string tenderCode, ComplaintOperations operations, CancellationToken cancellationToken) =>
        (await operations.ListAsync(user, tenderCode, cancellationToken)).ToResult(items => TypedResults.Ok(new ComplaintListJson(items)));

    private static async Task<Results<Created<ComplaintView>, ProblemHttpResult>> Record(
        CurrentUser user, string tenderCode, ComplaintRequest request, ComplaintOperations operations) =>
        (await operations.RecordAsync(user, tenderCode, request))
            .ToResult(c => TypedResults.Created($"/api/projects/{Uri.EscapeDataString(tenderCode)}/complaints/{c.Id}", c));

    private static async Task<Results<Ok<ComplaintView>, ProblemHttpResult>> Review(
        CurrentUser user, string tenderCode, string complaintId, IFormFile? file, ComplaintOperations operations, CancellationToken cancellationToken) =>
        (await operations.ReviewAsync(user, tenderCode, complaintId, file, cancellationToken)).ToResult(TypedResults.Ok);
}
