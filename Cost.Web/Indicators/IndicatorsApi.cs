using Cost.Domain.Indicators;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Cost.Web.Indicators;

/// <summary>
/// GET /api/public/indicators: the published cost indicators (cells of fewer than 3 projects carry no statistics);
/// GET /api/public/tender-price-index: the tender price index.
/// </summary>
public static class IndicatorsApi
{
    public static IEndpointRouteBuilder MapIndicatorsApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/public/indicators", Get).WithTags("造价指标（公开）").AllowAnonymous()
            .WithSummary("已备案项目的造价指标：按工程类型的单方造价、各费用组成、单位工程、钢筋/混凝土/模板含量及中标价比；region、year 筛选，todayPrices=true 按综合造价指数调到最新月份；少于 3 个项目的格不发布统计值");
        routes.MapGet("/api/public/tender-price-index", TenderPrices).WithTags("造价指标（公开）").AllowAnonymous()
            .WithName("getTenderPriceIndex")
            .WithSummary("投标价格指数：按工程类型和中标月份，中标价与最高投标限价之比的中位数 × 当月综合造价指数；少于 3 个中标结果的月份不发布");
        return routes;
    }

    private static async Task<Ok<IndicatorTableJson>> Get(string? region, int? year, bool? todayPrices, IndicatorOperations operations, CancellationToken cancellationToken)
    {
        var table = await operations.TableAsync(string.IsNullOrWhiteSpace(region) ? null : region, year, todayPrices ?? false, cancellationToken);
        return TypedResults.Ok(new IndicatorTableJson(table.Projects, table.PricedAt?.ToString(), CostIndicatorCalculator.MinimumProjects,
            [.. table.Cells.Select(c => new IndicatorCellJson(c.ProjectType, c.Measure.Code, c.Measure.Name, c.Measure.Unit, c.Count, c.Statistics is not null, c.Statistics))]));
    }

    private static async Task<Ok<TenderPriceIndexJson>> TenderPrices(IndicatorOperations operations, CancellationToken cancellationToken) =>
        TypedResults.Ok(new TenderPriceIndexJson(CostIndicatorCalculator.MinimumProjects,
            [.. (await operations.TenderPricesAsync(cancellationToken)).Select(c => new TenderPriceCellJson(c.ProjectType, c.Month.ToString(), c.Count,
                Math.Round(c.MedianRatio, 4), c.CompositeIndex is { } i ? Math.Round(i, 2) : null, c.Value is { } v ? Math.Round(v, 2) : null))]));
}
