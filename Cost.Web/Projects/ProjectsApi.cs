using Cost.Contracts;
using Cost.Silos.ReadModels;
using Cost.Silos.Hosting;
using Cost.Web.Auth;
using Cost.Web.Bulletins;
using Cost.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Cost.Web.Projects;

/// <summary>Tender projects and ceiling prices (docs/http-api.md): consultants of the owning firm and the bureau.</summary>
public static class ProjectsApi
{
    public static IEndpointRouteBuilder MapProjectsApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/projects").WithTags("招标项目与最高投标限价").RequireAuthorization(Policies.Member);
        api.MapGet("/", List).WithSummary("项目列表：咨询企业看本单位项目，造价站看全部（可按状态筛选，如 status=submitted 为备案队列）");
        api.MapPost("/", Create).WithSummary("登记招标项目");
        api.MapPost("/{tenderCode}/boq", Upload).DisableAntiforgery()
            .WithSummary("上传工程量清单（.xlsx，表单字段 file），计算最高投标限价并逐行检查");
        api.MapGet("/{tenderCode}/ceiling-price", Get).WithSummary("当前版本的最高投标限价、状态和检查结果");
        api.MapGet("/{tenderCode}/findings.xlsx", Findings)
            .Produces<Stream>(StatusCodes.Status200OK, ContentTypes.Workbook)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("当前版本的检查结果 .xlsx：按单位工程分组，错误在前，含单元格、项目编码、规则、所填值、应为和差额（以 = + - @ 开头的单元格已中和）；未上传清单 404");
        api.MapGet("/{tenderCode}/filing-receipt.pdf", Receipt)
            .WithName("getFilingReceipt")
            .Produces<Stream>(StatusCodes.Status200OK, ContentTypes.Pdf)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .WithSummary("备案回执 PDF：备案号、项目、编制单位、编制人和复核人、各单位工程及总价（含人民币大写）、工作簿 SHA-256、版本、备案时间和核验二维码；同一备案每次下载字节相同；尚未备案 404");
        api.MapPost("/{tenderCode}/submit", Submit).RequireAuthorization(Policies.ConsultantOnly)
            .WithSummary("提交备案（仍有错误时 409）。可选请求体 { compiler, reviewer }：编制人、复核人（姓名、注册号），未给出的取工作簿扉页所填；不是编制单位在册注册造价工程师 409（signatory-not-registered）");
        api.MapPost("/{tenderCode}/return", Return).RequireAuthorization(Policies.BureauOnly)
            .WithName("returnSubmission")
            .Produces<CeilingPriceJson>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("退回备案：已提交的版本连同理由（至少 5 个字）退回编制单位；同一项目第二次退回自动记不良行为 B02；不是已提交状态 409（not-submitted）");
        api.MapPost("/{tenderCode}/file", File).RequireAuthorization(Policies.BureauOnly).WithSummary("备案（仍有错误时 409）");

        routes.MapGet("/api/public/filings/{filingNumber}", Filing).AllowAnonymous().WithTags("最高投标限价备案（公开）")
            .WithName("getFiling")
            .Produces<FilingJson>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("按备案号核验备案：招标项目、版本、总价、清单文件 SHA-256、备案时间和状态（filed/published/locked/revised）；备案号不存在 404");
        return routes;
    }

    private static async Task<Results<Ok<FilingJson>, ProblemHttpResult>> Filing(string filingNumber, TenderQueries queries, CancellationToken cancellationToken) =>
        await queries.FilingAsync(filingNumber.Trim(), cancellationToken) is { } filing
            ? TypedResults.Ok(FilingJson.From(filing))
            : Outcome.Problem(StatusCodes.Status404NotFound, $"备案号“{filingNumber}”不存在，请核对后重试。", []);

    private static async Task<Ok<ProjectListJson>> List(CurrentUser user, TenderQueries queries, string? status, CancellationToken cancellationToken) =>
        TypedResults.Ok(new ProjectListJson(await queries.ListAsync(user.IsBureau ? null : user.FirmCreditCode, status, cancellationToken)));

    private static async Task<Results<Created<ProjectJson>, ProblemHttpResult>> Create(CurrentUser user, CreateProjectRequest request, TenderOperations operations) =>
        (await operations.CreateAsync(user, request))
            .ToResult(p => TypedResults.Created($"/api/projects/{Uri.EscapeDataString(p.Info.TenderCode)}", ProjectJson.From(p)));

    private static async Task<Results<Ok<CeilingPriceJson>, ProblemHttpResult>> Upload(
        CurrentUser user, string tenderCode, IFormFile? file, TenderOperations operations, CancellationToken cancellationToken) =>
        (await operations.UploadAsync(user, tenderCode, file, cancellationToken)).ToResult(Current);

    private static async Task<Results<Ok<CeilingPriceJson>, ProblemHttpResult>> Get(CurrentUser user, string tenderCode, TenderOperations operations) =>
        (await WithVersionAsync(user, tenderCode, operations)).ToResult(Current);

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Findings(CurrentUser user, string tenderCode, TenderOperations operations) =>
        (await WithVersionAsync(user, tenderCode, operations)).ToResult(p =>
            TypedResults.File(FindingsWorkbook.Write(p.Info, p.Current!), ContentTypes.Workbook, FindingsWorkbook.FileName(p.Info, p.Current!)));

    /// <summary>The receipt of the tender's latest filing; 404 before a filing, 503 naming the font package when the server has no Chinese font.</summary>
    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Receipt(
        CurrentUser user, string tenderCode, TenderOperations operations, FirmRegister firms, ReferenceData reference, HttpRequest request)
    {
        var outcome = await operations.GetAsync(user, tenderCode);
        if (!outcome.Succeeded)
        {
            return outcome.Problem();
        }

        var project = outcome.Value!;
        if (project.Versions.LastOrDefault(v => v.FilingNumber is not null) is not { } filed)
        {
            // A version filed before filing numbers were given has no number, so no receipt.
            var reason = project.Versions.Any(v => v.FiledAt is not null) ? "在启用备案号之前备案，没有备案号和回执" : "尚未备案，没有备案回执";
            return Outcome.Problem(StatusCodes.Status404NotFound, $"招标项目 {tenderCode} {reason}。", []);
        }

        if (CjkFont.EnsureInstalled() is { } missing)
        {
            return Outcome.Problem(StatusCodes.Status503ServiceUnavailable, missing, []);
        }

        var firm = await firms.FindAsync(project.Info.FirmCreditCode);
        var verify = new Uri($"{request.Scheme}://{request.Host}/verify/{Uri.EscapeDataString(filed.FilingNumber!)}");
        var receipt = FilingReceipt.Of(project.Info, filed, firm?.Name ?? project.Info.FirmCreditCode, reference.RegionName(project.Info.Region) ?? "", verify);
        return TypedResults.File(PdfBulletinWriter.Write(receipt), ContentTypes.Pdf, FilingReceipt.FileName(project.Info));
    }

    /// <summary>The project as the caller may see it, or 404 — also when no workbook has been uploaded yet.</summary>
    private static async Task<Outcome<ProjectView>> WithVersionAsync(CurrentUser user, string tenderCode, TenderOperations operations)
    {
        var outcome = await operations.GetAsync(user, tenderCode);
        return outcome.Succeeded && outcome.Value!.Current is null
            ? Outcome.Fail<ProjectView>(StatusCodes.Status404NotFound, $"招标项目 {tenderCode} 尚未上传工程量清单。")
            : outcome;
    }

    private static async Task<Results<Ok<CeilingPriceJson>, ProblemHttpResult>> Submit(
        CurrentUser user, string tenderCode, SubmitRequest? request, TenderOperations operations) =>
        (await operations.SubmitAsync(user, tenderCode, request)).ToResult(Current);

    private static async Task<Results<Ok<CeilingPriceJson>, ProblemHttpResult>> Return(
        CurrentUser user, string tenderCode, ReturnRequest request, TenderOperations operations) =>
        (await operations.ReturnAsync(user, tenderCode, request.Reason)).ToResult(Current);

    private static async Task<Results<Ok<CeilingPriceJson>, ProblemHttpResult>> File(CurrentUser user, string tenderCode, TenderOperations operations) =>
        (await operations.FileAsync(user, tenderCode)).ToResult(Current);

    /// <summary>The current version's ceiling price: the answer of every command on a project's bill.</summary>
    public static Ok<CeilingPriceJson> Current(ProjectView project) => TypedResults.Ok(CeilingPriceJson.From(project.Info, project.Current!));
}
