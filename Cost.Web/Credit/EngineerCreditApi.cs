using Cost.Contracts;
using Cost.Domain;
using Cost.Web.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Cost.Web.Credit;

/// <summary>
/// Registered cost engineers' own credit files (the registration number URL-encoded in the path, e.g. 建%5B造%5D16610000123):
/// the public standing, the whole file, and the record's life as for firms — proposed, notified, stated, decided, publicised.
/// </summary>
public static class EngineerCreditApi
{
    public static IEndpointRouteBuilder MapEngineerCreditApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/public/engineers/{registrationNumber}", Public).WithTags("造价咨询企业与诚信")
            .WithSummary("注册造价工程师在某日（asOf，默认今天）的信用记分、所在企业和公示中的个人记录；没有信用档案 404");
        var api = routes.MapGroup("/api/engineers/{registrationNumber}").WithTags("造价咨询企业与诚信").RequireAuthorization(Policies.Member);
        api.MapGet("/file", File).WithSummary("注册造价工程师的全部个人记录（造价站、其现所在企业的咨询人员）；调动后记录随人");
        api.MapPost("/records", AddRecord).RequireAuthorization(Policies.BureauOnly)
            .WithSummary("拟记录一条个人信用记录（规则见 data/engineer-credit-rules.json）：告知、陈述申辩、决定并公示期满后计分");
        api.MapPost("/records/{recordId:int}/notice", Notify).RequireAuthorization(Policies.BureauOnly).WithSummary("告知（由其所在企业的咨询人员查看并代为陈述申辩）");
        api.MapPost("/records/{recordId:int}/statement", State).RequireAuthorization(Policies.ConsultantOnly).DisableAntiforgery()
            .WithSummary("其所在企业的咨询人员在陈述申辩期内代为陈述申辩（multipart：text，附件 files），只能一次");
        api.MapPost("/records/{recordId:int}/decision", Decide).RequireAuthorization(Policies.BureauOnly)
            .WithSummary("造价站决定：confirm、amend（须 ruleCode）或 drop，须写明 reason；确认或变更后公示，期满生效计分");
        api.MapGet("/attachments/{sha256}", Attachment).WithSummary("陈述申辩所附文件").Produces<Stream>(StatusCodes.Status200OK, "application/octet-stream");
        return routes;
    }

    private static async Task<Results<Ok<EngineerCreditOperations.EngineerPublicJson>, ProblemHttpResult>> Public(
        string registrationNumber, string? asOf, EngineerCreditOperations operations, CancellationToken cancellationToken) =>
        (await operations.PublicAsync(registrationNumber, asOf, cancellationToken)).ToResult(TypedResults.Ok);

    private static async Task<Results<Ok<EngineerCreditOperations.EngineerFileJson>, ProblemHttpResult>> File(
        CurrentUser user, string registrationNumber, EngineerCreditOperations operations, CancellationToken cancellationToken) =>
        (await operations.FileAsync(user, registrationNumber, cancellationToken)).ToResult(TypedResults.Ok);

    private static async Task<Results<Created<CreditRecordJson>, ProblemHttpResult>> AddRecord(
        CurrentUser user, string registrationNumber, AddRecordRequest request, EngineerCreditOperations operations, TimeProvider clock) =>
        (await operations.AddRecordAsync(user, registrationNumber, request)).ToResult(r =>
            TypedResults.Created($"{CreditFileBase.Engineer(r.File.CreditCode)}/file", RecordJson(r, clock)));

    private static async Task<Results<Ok<CreditRecordJson>, ProblemHttpResult>> Notify(
        CurrentUser user, string registrationNumber, int recordId, EngineerCreditOperations operations, TimeProvider clock) =>
        (await operations.NotifyAsync(user, registrationNumber, recordId)).ToResult(r => TypedResults.Ok(RecordJson(r, clock)));

    private static async Task<Results<Ok<CreditRecordJson>, ProblemHttpResult>> State(
        CurrentUser user, string registrationNumber, int recordId, [FromForm] CreditApi.StatementForm form, EngineerCreditOperations operations,
        TimeProvider clock, CancellationToken cancellationToken) =>
        (await operations.StateAsync(user, registrationNumber, recordId, form.Text, form.Files, cancellationToken)).ToResult(r => TypedResults.Ok(RecordJson(r, clock)));

    private static async Task<Results<Ok<CreditRecordJson>, ProblemHttpResult>> Decide(
        CurrentUser user, string registrationNumber, int recordId, RecordDecisionRequest request, EngineerCreditOperations operations, TimeProvider clock) =>
        (await operations.DecideAsync(user, registrationNumber, recordId, request)).ToResult(r => TypedResults.Ok(RecordJson(r, clock)));

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Attachment(
        CurrentUser user, string registrationNumber, string sha256, EngineerCreditOperations operations, CancellationToken cancellationToken) =>
        (await operations.AttachmentAsync(user, registrationNumber, sha256, cancellationToken)).ToResult(a => TypedResults.File(a.Content, a.ContentType, fileDownloadName: a.Sha256));

    private static CreditRecordJson RecordJson(EngineerCredit r, TimeProvider clock) =>
        CreditRecordJson.From(CreditFileBase.Engineer(r.File.CreditCode), r.Record!, BureauTime.Today(clock));
}
