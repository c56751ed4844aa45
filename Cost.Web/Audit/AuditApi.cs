using Cost.Silos.ReadModels;
using Cost.Web.Auth;
using Cost.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Cost.Web.Audit;

/// <summary>The audit trail, for the bureau: browse the log and verify its hash chain.</summary>
public static class AuditApi
{
    /// <summary>The entries a page holds unless take says otherwise, and the most it may hold.</summary>
    public const int DefaultTake = 50, MaxTake = 500;

    public static IEndpointRouteBuilder MapAuditApi(this IEndpointRouteBuilder routes)
    {
        var audit = routes.MapGroup("/api/audit").WithTags("审计").RequireAuthorization(Policies.BureauOnly);
        audit.MapGet("/", Browse).WithSummary($"审计日志，由新到旧：from 为起始序号（默认最新一条），take 为条数（默认 {DefaultTake}，最多 {MaxTake}）；next 为下一页的 from");
        audit.MapGet("/verify", Verify).WithSummary("逐条校验审计链（序号连续、前后哈希相接、内容与哈希相符、最高投标限价版本与记录一致），指出第一条断裂的条目及原因");
        return routes;
    }

    private static async Task<Results<Ok<AuditPageJson>, ProblemHttpResult>> Browse(long? from, int? take, AuditQueries log, CancellationToken cancellationToken)
    {
        var problems = new List<ProblemItem>();
        if (from is < 1)
        {
            problems.Add(ProblemItem.ForField("from", "起始序号须为正整数。"));
        }

        if (take is < 1 or > MaxTake)
        {
            problems.Add(ProblemItem.ForField("take", $"条数须在 1 到 {MaxTake} 之间。"));
        }

        if (problems.Count > 0)
        {
            return Outcome.Problem(StatusCodes.Status400BadRequest, "查询参数有误。", problems);
        }

        return TypedResults.Ok(AuditPageJson.Of(await log.PageAsync(from, take ?? DefaultTake, cancellationToken)));
    }

    private static async Task<Ok<AuditVerdictJson>> Verify(AuditQueries log, CancellationToken cancellationToken) =>
        TypedResults.Ok(AuditVerdictJson.From(await log.VerifyAsync(cancellationToken)));
}
