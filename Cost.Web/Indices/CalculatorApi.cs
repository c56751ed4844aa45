using Cost.Domain.Indices;
using Cost.Web.Auth;
using Cost.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Cost.Web.Indices;

/// <summary>The analyst's index calculator (docs/domain-rules.md "Indices"): any price/quantity table in, index series out.</summary>
public static class CalculatorApi
{
    public static IEndpointRouteBuilder MapIndexCalculatorApi(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/api/indices/calculate", Calculate).WithTags("造价指数").RequireAuthorization(Policies.BureauOnly)
            .Accepts<IndexCalculationRequest>("application/json").WithMetadata(new RequestSizeLimitAttribute(MaxBodyBytes))
            .WithSummary("指数计算器：对任意价格/数量表计算拉氏、帕氏、费雪、Törnqvist、Jevons、Dutot、Carli（定基或环比）及 GEKS 多边指数（全窗口或滚动窗口均值拼接），基期 = 100，不舍入；"
                + "只比较两期都有价格的项目（missingPrices=carry 时先沿用缺期价格、数量记 0）；无共同项目的期值为 null 并附说明；输入有误时 400 逐条列出问题");
        return routes;
    }

    /// <summary>The body's bound: the full 600,000-observation panel with 17-digit numbers is about 50 MB.</summary>
    public const long MaxBodyBytes = 80L * 1024 * 1024;

    private static async Task<Results<Ok<IndexCalculationResponse>, ProblemHttpResult>> Calculate(HttpRequest http, CancellationToken cancellationToken)
    {
        var (input, wrong) = await CalculatorRequestReader.ReadAsync(http, cancellationToken);
        if (input is null)
        {
            return Outcome.Problem(StatusCodes.Status400BadRequest, "指数计算请求有误。", wrong);
        }

        var result = IndexCalculator.Calculate(input);
        return result.Succeeded
            ? TypedResults.Ok(new IndexCalculationResponse([.. result.Series.Select(IndexSeriesJson.From)]))
            : Outcome.Problem(StatusCodes.Status400BadRequest, "指数计算请求有误。",
                [.. result.Problems.Select(p => ProblemItem.ForField(p.Field, p.Message))]);
    }
}
