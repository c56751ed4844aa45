using System.Collections.Immutable;
using Cost.Domain;
using Cost.Domain.PriceIndices;
using Cost.Web.Bulletins;
using Cost.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Cost.Web.Indices;

/// <summary>Published cost indices (docs/domain-rules.md "Indices") and the price adjustment calculator.</summary>
public static class IndicesApi
{
    public static IEndpointRouteBuilder MapIndicesApi(this IEndpointRouteBuilder routes)
    {
        var open = routes.MapGroup("/api/public/indices").WithTags("造价指数（公开）").AllowAnonymous();
        open.MapGet("/{period}", Month)
            .WithSummary("某月已发布的造价指数：定基、环比、同比（2 位小数），综合指数附各要素类别对环比变动的贡献（百分点）；region 默认 610100；未发布 404");
        open.MapGet("/{period}/indices.xlsx", Workbook).WithSummary("某月造价指数 .xlsx")
            .Produces<Stream>(StatusCodes.Status200OK, ContentTypes.Workbook);
        open.MapGet("/{period}/bulletin.pdf", Bulletin).WithSummary("某月造价指数 PDF 公报；服务器缺少中文字体时 503")
            .Produces<Stream>(StatusCodes.Status200OK, ContentTypes.Pdf);
        routes.MapPost("/api/indices/price-adjustment", Adjust).WithTags("造价指数（公开）").AllowAnonymous().DisableAntiforgery()
            .WithSummary("价格指数调整价格差额（GB/T 50500 附录 A.1）：ΔP = P0 × [A + Σ B_i × F_ti / F_0i − 1]，A + ΣB = 1，F 取本站已发布的定基指数");
        routes.MapPost("/api/indices/information-adjustment", AdjustByInformation).WithTags("造价指数（公开）").AllowAnonymous().DisableAntiforgery()
            .WithName("adjustByInformationPrice")
            .WithSummary("造价信息差额调整（GB 50500 附录 A.2）：涨价以基准单价与投标单价之高者、跌价以其低者为基础，超出风险幅度的部分 × 数量")
            .Produces<InformationAdjustmentAnswer>().ProducesProblem(StatusCodes.Status400BadRequest);
        return routes;
    }

    private static async Task<Results<Ok<InformationAdjustmentAnswer>, ProblemHttpResult>> AdjustByInformation(
        InformationAdjustmentRequest request, InformationAdjustmentOperations operations, CancellationToken cancellationToken) =>
        (await operations.CalculateAsync(request, cancellationToken)).ToResult(TypedResults.Ok);

    private static Task<Results<Ok<IndexMonthJson>, ProblemHttpResult>> Month(string period, string? region, PublishedIndices published, CancellationToken cancellationToken) =>
        WithMonthAsync<Ok<IndexMonthJson>>(period, region, published, (r, month, indices) =>
            TypedResults.Ok(new IndexMonthJson(r, month, indices[0].BasePeriod, [.. indices.Select(IndexJson.From)])), cancellationToken);

    private static Task<Results<FileContentHttpResult, ProblemHttpResult>> Workbook(string period, string? region, PublishedIndices published, CancellationToken cancellationToken) =>
        WithMonthAsync<FileContentHttpResult>(period, region, published, (r, month, indices) =>
            TypedResults.File(IndexDocuments.Workbook(published.RegionName(r), month, indices),
                ContentTypes.Workbook, IndexDocuments.FileName(published.RegionName(r), month, "xlsx")), cancellationToken);

    private static Task<Results<FileContentHttpResult, ProblemHttpResult>> Bulletin(string period, string? region, PublishedIndices published, CancellationToken cancellationToken) =>
        WithMonthAsync<FileContentHttpResult>(period, region, published, (r, month, indices) =>
            CjkFont.EnsureInstalled() is { } missing
                ? Outcome.Problem(StatusCodes.Status503ServiceUnavailable, missing, [])
                : TypedResults.File(PdfBulletinWriter.Write(IndexDocuments.Bulletin(published.RegionName(r), month, indices)), ContentTypes.Pdf,
                    IndexDocuments.FileName(published.RegionName(r), month, "pdf")), cancellationToken);

    private static async Task<Results<Ok<PriceAdjustmentAnswer>, ProblemHttpResult>> Adjust(
        PriceAdjustmentRequest request, PriceAdjustmentOperations operations, CancellationToken cancellationToken) =>
        (await operations.CalculateAsync(request, cancellationToken)).ToResult(TypedResults.Ok);

    /// <summary>Reads a published month and answers with it; 400 for a malformed month, 404 before publication.</summary>
    public static async Task<Results<TOk, ProblemHttpResult>> WithMonthAsync<TOk>(string period, string? region, PublishedIndices published,
        Func<string, YearMonth, ImmutableArray<PriceIndex>, Results<TOk, ProblemHttpResult>> answer, CancellationToken cancellationToken)
        where TOk : IResult
    {
        if (!YearMonth.TryParse(period, out var month))
        {
            return Outcome.Problem(StatusCodes.Status400BadRequest, "月份有误。", [ProblemItem.ForField("period", $"月份“{period}”应为 yyyy-MM。")]);
        }

        var r = published.Region(region);
        var indices = await published.MonthAsync(r, month, cancellationToken);
        return indices.IsEmpty
            ? Outcome.Problem(StatusCodes.Status404NotFound, $"{published.RegionName(r)}{month.ToChinese()}造价指数尚未发布。", [])
            : answer(r, month, indices);
    }
}
