using Cost.Silos.Contracts;
using Cost.Silos.Store;
using Cost.Web.Auth;
using Cost.Web.Hosting;

namespace Cost.Web.Projects;

/// <summary>Tender projects and ceiling prices (contracts/http-api.md): consultants of the owning firm and the bureau.</summary>
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
        api.MapPost("/{tenderCode}/submit", Submit).RequireAuthorization(Policies.ConsultantOnly).WithSummary("提交备案（仍有错误时 409）");
        api.MapPost("/{tenderCode}/file", File).RequireAuthorization(Policies.BureauOnly).WithSummary("备案（仍有错误时 409）");
        return routes;
    }

    private static async Task<IResult> List(HttpContext http, TenderQueries queries, string? status, CancellationToken cancellationToken)
    {
        var user = CurrentUser.From(http.User)!;
        var items = await queries.ListAsync(user.IsBureau ? null : user.FirmCreditCode, status, cancellationToken);
        return TypedResults.Ok(new { items });
    }

    private static async Task<IResult> Create(HttpContext http, CreateProjectRequest request, TenderOperations operations)
    {
        var outcome = await operations.CreateAsync(CurrentUser.From(http.User)!, request);
        return outcome.ToResult(p => TypedResults.Created($"/api/projects/{Uri.EscapeDataString(p.Info.TenderCode)}", ProjectJson.From(p)));
    }

    private static async Task<IResult> Upload(HttpContext http, string tenderCode, IFormFile? file, TenderOperations operations, CancellationToken cancellationToken)
    {
        var outcome = await operations.UploadAsync(CurrentUser.From(http.User)!, tenderCode, file, cancellationToken);
        return outcome.ToResult(Current);
    }

    private static async Task<IResult> Get(HttpContext http, string tenderCode, TenderOperations operations)
    {
        var outcome = await operations.GetAsync(CurrentUser.From(http.User)!, tenderCode);
        if (outcome.Succeeded && outcome.Value!.Current is null)
        {
            return Outcome.Problem(StatusCodes.Status404NotFound, $"招标项目 {tenderCode} 尚未上传工程量清单。", []);
        }

        return outcome.ToResult(Current);
    }

    private static async Task<IResult> Submit(HttpContext http, string tenderCode, TenderOperations operations) =>
        (await operations.SubmitAsync(CurrentUser.From(http.User)!, tenderCode)).ToResult(Current);

    private static async Task<IResult> File(HttpContext http, string tenderCode, TenderOperations operations) =>
        (await operations.FileAsync(CurrentUser.From(http.User)!, tenderCode)).ToResult(Current);

    private static IResult Current(ProjectView project) => TypedResults.Ok(CeilingPriceJson.From(project.Info, project.Current!));
}
