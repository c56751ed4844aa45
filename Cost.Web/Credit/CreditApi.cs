using Cost.Contracts;
using Cost.Domain;
using Cost.Domain.Credit;
using Cost.Importers.Firms;
using Cost.Silos.ReadModels;
using Cost.Web.Auth;
using Cost.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Cost.Web.Credit;

/// <summary>Firms and credit (docs/http-api.md): the register, records and their life, appeals, repairs and the public view.</summary>
public static class CreditApi
{
    /// <summary>A firm's statement on a notified record: text, and up to five files in the field <c>files</c>.</summary>
    public sealed record StatementForm(string? Text, IFormFileCollection? Files);

    /// <summary>A repair application: the evidence in words, and up to five files in the field <c>files</c>.</summary>
    public sealed record RepairForm(string? Evidence, IFormFileCollection? Files);

    public static IEndpointRouteBuilder MapCreditApi(this IEndpointRouteBuilder routes)
    {
        var firms = routes.MapGroup("/api/firms").WithTags("造价咨询企业与诚信").RequireAuthorization(Policies.Member);
        firms.MapPost("/", Register).RequireAuthorization(Policies.BureauOnly).WithSummary("登记造价咨询企业（同一企业再次登记即更新）");
        firms.MapPost("/roster", Roster).RequireAuthorization(Policies.BureauOnly).DisableAntiforgery()
            .WithSummary("上传企业名录（.xlsx，表单字段 file），逐行检查；同一企业更新而不重复");
        firms.MapGet("/{creditCode}/file", File).WithSummary("企业诚信档案：全部记录及其变更历史（造价站、本企业咨询人员）");
        firms.MapPost("/{creditCode}/records", AddRecord).RequireAuthorization(Policies.BureauOnly)
            .WithSummary("拟记录一条诚信记录（规则编号不存在时 400）：告知企业、陈述申辩、决定并公示期满后才计分");
        firms.MapPost("/{creditCode}/records/{recordId:int}/notice", Notify).RequireAuthorization(Policies.BureauOnly)
            .WithSummary("告知企业：企业咨询人员可见，陈述申辩期按工作日历计（默认 5 个工作日）；已告知 409");
        firms.MapPost("/{creditCode}/records/{recordId:int}/statement", State).RequireAuthorization(Policies.ConsultantOnly).DisableAntiforgery()
            .WithSummary("本企业咨询人员在陈述申辩期内提交陈述申辩（multipart：text，附件 files 最多 5 个、每个不超过 5 MB，PDF/JPG/PNG/DOCX/XLSX），只能一次");
        firms.MapPost("/{creditCode}/records/{recordId:int}/decision", DecideRecord).RequireAuthorization(Policies.BureauOnly)
            .WithSummary("造价站决定：decision 为 confirm（确认）、amend（变更，须 ruleCode，可改 note）或 drop（不予记录），须写明 reason；"
                + "企业已陈述申辩或期满后才能决定（拟记录可直接 drop）；确认或变更后公示（默认 7 日），期满生效计分");
        firms.MapPost("/{creditCode}/records/{recordId:int}/repair", ApplyForRepair).RequireAuthorization(Policies.ConsultantOnly).DisableAntiforgery()
            .WithSummary("本企业咨询人员申请信用修复（multipart：evidence，附件 files）：不良行为记录生效满规则规定的最短期限后可申请");
        firms.MapPost("/{creditCode}/records/{recordId:int}/repair/decision", DecideRepair).RequireAuthorization(Policies.BureauOnly)
            .WithSummary("造价站处理信用修复申请：decision 为 grant（准予，当日起不再计分、不再公示）或 refuse（不予），须写明 reason");
        firms.MapGet("/{creditCode}/attachments/{sha256}", Attachment)
            .WithSummary("企业陈述申辩或信用修复申请所附文件（造价站、本企业咨询人员）").Produces<Stream>(StatusCodes.Status200OK, "application/octet-stream");
        firms.MapPost("/{creditCode}/records/{recordId:int}/appeal", Appeal).RequireAuthorization(Policies.ConsultantOnly)
            .WithSummary("本企业咨询人员在造价站决定后 15 日内对生效的不良行为记录提出申诉");
        firms.MapPost("/{creditCode}/records/{recordId:int}/appeal/decision", Decide).RequireAuthorization(Policies.BureauOnly)
            .WithSummary("造价站处理申诉：decision 为 uphold（维持）或 revoke（撤销，立即不再计分），须写明理由");

        firms.MapGet("/{creditCode}/engineers", Engineers).WithSummary("企业的注册造价工程师名册（造价站、本企业咨询人员）");
        firms.MapPost("/{creditCode}/engineers", SaveEngineer)
            .WithSummary("名册中登记（或更名）一名注册造价工程师 { name, registrationNumber }；注册号已在其他企业名下 409");
        firms.MapDelete("/{creditCode}/engineers/{registrationNumber}", RemoveEngineer).WithSummary("从名册中移除一名注册造价工程师（不在名册中 404）");
        firms.MapPost("/{creditCode}/engineers/roster", EngineerRoster).DisableAntiforgery()
            .WithSummary("上传名册（.xlsx，表单字段 file，列：姓名、注册号）整体替换；任一行有误 422 并指明工作表、行、列，不保存任何内容");

        var open = routes.MapGroup("/api/public").WithTags("造价咨询企业与诚信");
        open.MapGet("/credit-rules", Rules).WithSummary("诚信行为规则目录");
        open.MapGet("/firms", Search)
            .WithSummary("诚信名录分页 { items, total, page, pageSize, asOf }：每家企业在 asOf 日（默认今天）的得分、等级和公示记录；"
                + "筛选 q（名称或统一社会信用代码）、grade、region（6 位行政区划代码）、changedSince（yyyy-MM-dd 或 RFC 3339 时间）；page 从 1 起，pageSize 1–500（默认 50）");
        open.MapGet("/firms.xlsx", Export).WithSummary("诚信名录导出为 .xlsx（与分页接口相同的筛选）")
            .Produces<Stream>(StatusCodes.Status200OK, ContentTypes.Workbook);
        open.MapGet("/firms/{creditCode}", Public).WithSummary("企业在某日（asOf=yyyy-MM-dd，默认今天）的得分、等级和公示中的记录");
        return routes;
    }

    private static async Task<Results<Created<FirmDetails>, Ok<FirmDetails>, ProblemHttpResult>> Register(
        RegisterFirmRequest request, CreditOperations operations, CancellationToken cancellationToken)
    {
        var outcome = await operations.RegisterAsync(request, cancellationToken);
        if (!outcome.Succeeded)
        {
            return outcome.Problem();
        }

        var firm = outcome.Value!;
        return outcome.Status == StatusCodes.Status201Created ? TypedResults.Created($"/api/public/firms/{firm.CreditCode}", firm) : TypedResults.Ok(firm);
    }

    private static async Task<Results<Ok<RosterImportJson>, ProblemHttpResult>> Roster(IFormFile? file, CreditOperations operations, CancellationToken cancellationToken) =>
        (await operations.ImportRosterAsync(file, cancellationToken)).ToResult(TypedResults.Ok);

    private static async Task<Results<Ok<EngineerRegister.EngineerListJson>, ProblemHttpResult>> Engineers(
        CurrentUser user, string creditCode, EngineerRegister register, CancellationToken cancellationToken) =>
        (await register.ListAsync(user, creditCode, cancellationToken)).ToResult(TypedResults.Ok);

    private static async Task<Results<Ok<EngineerRegister.EngineerListJson>, ProblemHttpResult>> SaveEngineer(
        CurrentUser user, string creditCode, EngineerRequest request, EngineerRegister register, CancellationToken cancellationToken) =>
        (await register.SaveAsync(user, creditCode, request, cancellationToken)).ToResult(TypedResults.Ok);

    private static async Task<Results<Ok<EngineerRegister.EngineerListJson>, ProblemHttpResult>> RemoveEngineer(
        CurrentUser user, string creditCode, string registrationNumber, EngineerRegister register, CancellationToken cancellationToken) =>
        (await register.RemoveAsync(user, creditCode, registrationNumber, cancellationToken)).ToResult(TypedResults.Ok);

    private static async Task<Results<Ok<EngineerRegister.EngineerListJson>, ProblemHttpResult>> EngineerRoster(
        CurrentUser user, string creditCode, IFormFile? file, EngineerRegister register, CancellationToken cancellationToken) =>
        (await register.ImportAsync(user, creditCode, file, cancellationToken)).ToResult(TypedResults.Ok);

    private static async Task<Results<Ok<CreditFileJson>, ProblemHttpResult>> File(CurrentUser user, string creditCode, CreditOperations operations, TimeProvider clock) =>
        (await operations.FileAsync(user, creditCode)).ToResult(r => TypedResults.Ok(FileJson(r, BureauTime.Today(clock))));

    private static async Task<Results<Created<CreditRecordJson>, ProblemHttpResult>> AddRecord(
        CurrentUser user, string creditCode, AddRecordRequest request, CreditOperations operations, TimeProvider clock) =>
        (await operations.AddRecordAsync(user, creditCode, request)).ToResult(r =>
            TypedResults.Created($"/api/firms/{GrainKeys.Firm(creditCode)}/file", RecordJson(r, clock)));

    private static async Task<Results<Ok<CreditRecordJson>, ProblemHttpResult>> Notify(
        CurrentUser user, string creditCode, int recordId, CreditOperations operations, TimeProvider clock) =>
        (await operations.NotifyAsync(user, creditCode, recordId)).ToResult(r => TypedResults.Ok(RecordJson(r, clock)));

    private static async Task<Results<Ok<CreditRecordJson>, ProblemHttpResult>> State(
        CurrentUser user, string creditCode, int recordId, [FromForm] StatementForm form, CreditOperations operations, TimeProvider clock,
        CancellationToken cancellationToken) =>
        (await operations.StateAsync(user, creditCode, recordId, form.Text, form.Files, cancellationToken)).ToResult(r => TypedResults.Ok(RecordJson(r, clock)));

    private static async Task<Results<Ok<CreditRecordJson>, ProblemHttpResult>> DecideRecord(
        CurrentUser user, string creditCode, int recordId, RecordDecisionRequest request, CreditOperations operations, TimeProvider clock) =>
        (await operations.DecideRecordAsync(user, creditCode, recordId, request)).ToResult(r => TypedResults.Ok(RecordJson(r, clock)));

    private static async Task<Results<Ok<CreditRecordJson>, ProblemHttpResult>> ApplyForRepair(
        CurrentUser user, string creditCode, int recordId, [FromForm] RepairForm form, CreditOperations operations,
        TimeProvider clock, CancellationToken cancellationToken) =>
        (await operations.ApplyForRepairAsync(user, creditCode, recordId, form.Evidence, form.Files, cancellationToken)).ToResult(r => TypedResults.Ok(RecordJson(r, clock)));

    private static async Task<Results<Ok<CreditRecordJson>, ProblemHttpResult>> DecideRepair(
        CurrentUser user, string creditCode, int recordId, RepairDecisionRequest request, CreditOperations operations, TimeProvider clock) =>
        (await operations.DecideRepairAsync(user, creditCode, recordId, request)).ToResult(r => TypedResults.Ok(RecordJson(r, clock)));

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Attachment(
        CurrentUser user, string creditCode, string sha256, CreditOperations operations, CancellationToken cancellationToken) =>
        (await operations.AttachmentAsync(user, creditCode, sha256, cancellationToken)).ToResult(a => TypedResults.File(a.Content, a.ContentType, fileDownloadName: a.Sha256));

    private static async Task<Results<Ok<CreditRecordJson>, ProblemHttpResult>> Appeal(
        CurrentUser user, string creditCode, int recordId, AppealRequest request, CreditOperations operations, TimeProvider clock) =>
        (await operations.AppealAsync(user, creditCode, recordId, request.Reason)).ToResult(r => TypedResults.Ok(RecordJson(r, clock)));

    private static async Task<Results<Ok<CreditRecordJson>, ProblemHttpResult>> Decide(
        CurrentUser user, string creditCode, int recordId, AppealDecisionRequest request, CreditOperations operations, TimeProvider clock) =>
        (await operations.DecideAppealAsync(user, creditCode, recordId, request)).ToResult(r => TypedResults.Ok(RecordJson(r, clock)));

    private static Ok<CreditRuleListJson> Rules(CreditOperations operations) =>
        TypedResults.Ok(new CreditRuleListJson([.. operations.Rules.All.Select(CreditRuleJson.From)]));

    private static async Task<Results<Ok<RegisterPage.RegisterPageJson>, ProblemHttpResult>> Search(
        [AsParameters] RegisterPage.Query query, RegisterPage register, CancellationToken cancellationToken) =>
        (await register.ReadAsync(query, cancellationToken)).ToResult(TypedResults.Ok);

    private static async Task<Results<Ok<PublicFirmJson>, ProblemHttpResult>> Public(string creditCode, string? asOf, CreditOperations operations, CancellationToken cancellationToken) =>
        (await operations.PublicAsync(creditCode, asOf, cancellationToken)).ToResult(TypedResults.Ok);

    private static async Task<Results<FileStreamHttpResult, ProblemHttpResult>> Export(
        [AsParameters] RegisterPage.Query query, RegisterPage register, CreditQueries queries, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (filter, _, problems) = register.Read(query);
        if (filter is null)
        {
            return Outcome.Problem(StatusCodes.Status400BadRequest, "查询参数有误。", problems);
        }

        var entries = (await queries.PageAsync(filter, 0, int.MaxValue, cancellationToken)).Items;
        var today = BureauTime.Today(clock);
        var output = new MemoryStream();
        FirmRegisterWorkbook.Write(output, entries.Select(e =>
            new FirmRegisterRow(e.CreditCode, e.Name, e.Grade, e.Score, e.Address, e.LegalRepresentative, e.Contact, e.EngineerCount)), today);
        output.Position = 0;
        return TypedResults.File(output, ContentTypes.Workbook, $"造价咨询企业诚信名录-{today:yyyyMMdd}.xlsx");
    }

    private static CreditFileJson FileJson(FirmCredit r, DateOnly today) => new(
        r.File.CreditCode, r.Standing?.Score, r.Standing?.Grade, r.Standing?.On, [.. r.File.Records.Select(x => CreditRecordJson.From(CreditFileBase.Firm(r.File.CreditCode), x, today))]);

    private static CreditRecordJson RecordJson(FirmCredit r, TimeProvider clock) => CreditRecordJson.From(CreditFileBase.Firm(r.File.CreditCode), r.Record!, BureauTime.Today(clock));
}
