using System.Collections.Immutable;
using Cost.Contracts;
using Cost.Domain;
using Cost.Domain.Prices;
using Cost.Silos.Hosting;
using Cost.Silos.ReadModels;
using Cost.Web.Auth;
using Cost.Web.Bulletins;
using Cost.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Cost.Web.Prices;

/// <summary>Price collection and publication (docs/http-api.md): surveys, the monthly period, published prices.</summary>
public static class PricesApi
{
    public static IEndpointRouteBuilder MapPricesApi(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/api/price-surveys/{region}/{period}", UploadSurvey).WithTags("造价信息").DisableAntiforgery()
            .RequireAuthorization(Policies.Member)
            .WithSummary("上传市场价格调查表（.xlsx 或 UTF-8/GB18030 .csv，表单字段 file）：坏行逐行拒绝，好行入库；同一文件重复上传不重复计入");

        var periods = routes.MapGroup("/api/price-periods/{region}/{period}").WithTags("造价信息").RequireAuthorization(Policies.BureauOnly)
            .AddEndpointFilter<RegionPeriodFilter>();
        periods.MapGet("/", Describe).WithSummary("价格期状态、修订号及各系列草稿（观测数、剔除、涨跌、标记）");
        periods.MapPost("/close", Close).WithSummary("截止采集并计算草稿（每月定时任务同样执行）");
        periods.MapPost("/overrides", Override).WithSummary("造价站修改某系列价格，须写明理由；发布后修改即形成新修订");
        periods.MapPost("/publish", Publish)
            .WithSummary("发布已截止并审核的月份（仍在采集 409 close-first）。published：本修订发布的系列数（含沿用）；carried：沿用上期价格的系列数；withheld：无价可发布的系列数。重复发布不产生新修订");

        var open = routes.MapGroup("/api/public").WithTags("造价信息（公开）").AllowAnonymous();
        open.MapGet("/resources", Resources).WithSummary("资源目录（人材机），按编码、名称、规格检索，可按类别筛选");
        open.MapGet("/price-history/{region}/{resourceCode}", History).WithSummary("某资源规格逐月已发布价格（spec 查询参数）");
        var published = open.MapGroup("/info-prices").AddEndpointFilter<RegionPeriodFilter>();
        published.MapGet("/{region}/{period}", Published).WithSummary("已发布的信息价（最新修订）；未发布 404");
        published.MapGet("/{region}/{period}/revisions", Revisions).WithSummary("各次修订及更正说明");
        published.MapGet("/{region}/{period}/prices.xlsx", Workbook).WithSummary("已发布信息价 .xlsx（以 = + - @ 开头的单元格已中和）")
            .Produces<Stream>(StatusCodes.Status200OK, ContentTypes.Workbook);
        published.MapGet("/{region}/{period}/bulletin.pdf", Bulletin).WithSummary("已发布信息价 PDF 公报；服务器缺少中文字体时 503 并说明应安装的软件包")
            .Produces<Stream>(StatusCodes.Status200OK, ContentTypes.Pdf);
        return routes;
    }

    private static async Task<Results<Ok<SurveyReceipt>, ProblemHttpResult>> UploadSurvey(
        CurrentUser user, string region, string period, IFormFile? file, PriceOperations operations, CancellationToken cancellationToken) =>
        (await operations.UploadSurveyAsync(user, region, period, file, cancellationToken)).ToResult(TypedResults.Ok);

    private static async Task<Ok<PricePeriodJson>> Describe([AsParameters] RegionPeriod place, PriceOperations operations, PriceQueries store, ResourceCatalogue catalogue)
    {
        var summary = await operations.Grain(place.Region, place.Month).Describe();
        var drafts = await store.DraftsAsync(place.Region, place.Month);
        return TypedResults.Ok(new PricePeriodJson(place.Region, summary.Period, summary.Status.ToString().ToLowerInvariant(), summary.Revision,
            [.. drafts.Select(d => DraftJson.From(d, catalogue.Find(d.Draft.ResourceCode, d.Draft.Spec)))]));
    }

    private static Task<Results<Ok<PeriodCloseJson>, ProblemHttpResult>> Close([AsParameters] RegionPeriod place, PriceOperations operations) =>
        RunAsync(operations, place, g => g.Close(), c => new PeriodCloseJson(c.Series, c.Flagged));

    private static async Task<Results<Ok<OverrideDoneJson>, ProblemHttpResult>> Override(
        CurrentUser user, [AsParameters] RegionPeriod place, OverrideRequest request, PriceOperations operations)
    {
        var problems = new List<ProblemItem>();
        if (string.IsNullOrWhiteSpace(request.ResourceCode))
        {
            problems.Add(ProblemItem.ForField("resourceCode", "须指明资源编码。"));
        }

        if (!PriceOverrideRule.PriceAccepted(request.PriceInclTax))
        {
            problems.Add(ProblemItem.ForField("priceInclTax", "含税价须为正数。"));
        }

        if (!PriceOverrideRule.ReasonGiven(request.Reason))
        {
            problems.Add(ProblemItem.ForField("reason", "修改信息价须写明理由。"));
        }

        if (problems.Count > 0)
        {
            return Outcome.Problem(StatusCodes.Status400BadRequest, "修改请求有误。", problems);
        }

        var change = new SeriesOverride(request.ResourceCode!.Trim(), request.Spec?.Trim() ?? "", request.PriceInclTax!.Value, request.Reason!, user.UserName);
        return await RunAsync(operations, place, g => g.Override(change), _ => new OverrideDoneJson());
    }

    private static Task<Results<Ok<PublicationJson>, ProblemHttpResult>> Publish(CurrentUser user, [AsParameters] RegionPeriod place, PriceOperations operations) =>
        RunAsync(operations, place, g => g.Publish(user.UserName), c => new PublicationJson(c.Published, c.Carried, c.Withheld));

    private static async Task<Results<Ok<TJson>, ProblemHttpResult>> RunAsync<TJson>(PriceOperations operations, RegionPeriod place,
        Func<IPricePeriodGrain, Task<GrainResult<PeriodChange>>> command, Func<PeriodCounts, TJson> answer) =>
        (await command(operations.Grain(place.Region, place.Month))).ToOutcome().ToResult(c => TypedResults.Ok(answer(c.Counts)));

    private static Ok<ResourceListJson> Resources(string? q, string? category, ResourceCatalogue catalogue) =>
        TypedResults.Ok(new ResourceListJson([.. catalogue.Search(q, category).Select(r => new ResourceJson(r.Code, r.Name, r.Spec, r.Unit, r.Category, r.VatRate, r.PriceBasis))]));

    private static async Task<Results<Ok<InfoPriceListJson>, ProblemHttpResult>> Published([AsParameters] RegionPeriod place, PriceQueries store) =>
        await PublishedPrices.ReadAsync(store, place.Region, place.Month) is { } published
            ? TypedResults.Ok(new InfoPriceListJson(place.Region, place.Month.ToString(), published.PublishedAt, published.Revision,
                published.Prices.Length, [.. published.Prices.Select(InfoPriceJson.From)]))
            : NotPublished(place.Month);

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Workbook([AsParameters] RegionPeriod place, PriceQueries store, ReferenceData reference,
        ResourceCatalogue catalogue) =>
        await DocumentAsync(place, store, (prices, publishedAt, revision) =>
        {
            var name = reference.RegionName(place.Region)!;
            return TypedResults.File(InfoPriceDocuments.Workbook(name, place.Month, prices, publishedAt, revision, catalogue),
                ContentTypes.Workbook, InfoPriceDocuments.FileName(name, place.Month, "xlsx"));
        });

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Bulletin([AsParameters] RegionPeriod place, PriceQueries store, ReferenceData reference,
        ResourceCatalogue catalogue, InfoPriceMethod method) =>
        await DocumentAsync(place, store, (prices, publishedAt, revision) =>
        {
            if (CjkFont.EnsureInstalled() is { } missing)
            {
                return Outcome.Problem(StatusCodes.Status503ServiceUnavailable, missing, []);
            }

            var name = reference.RegionName(place.Region)!;
            var pdf = PdfBulletinWriter.Write(InfoPriceDocuments.Bulletin(name, place.Month, prices, publishedAt, revision, catalogue, method));
            return TypedResults.File(pdf, ContentTypes.Pdf, InfoPriceDocuments.FileName(name, place.Month, "pdf"));
        });

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> DocumentAsync(RegionPeriod place, PriceQueries store,
        Func<ImmutableArray<InfoPrice>, DateTimeOffset, int, Results<FileContentHttpResult, ProblemHttpResult>> document) =>
        await PublishedPrices.ReadAsync(store, place.Region, place.Month) is { } published
            ? document(published.Prices, published.PublishedAt, published.Revision)
            : NotPublished(place.Month);

    public static ProblemHttpResult NotPublished(YearMonth period) =>
        Outcome.Problem(StatusCodes.Status404NotFound, $"{period.ToChinese()}信息价尚未发布。", []);

    private static async Task<Ok<RevisionListJson>> Revisions([AsParameters] RegionPeriod place, PriceQueries store) =>
        TypedResults.Ok(new RevisionListJson([.. (await store.RevisionsAsync(place.Region, place.Month))
            .Select(r => new RevisionJson(r.Revision, r.PublishedAt, [.. r.Changes]))]));

    private static async Task<Ok<PriceHistoryJson>> History(string region, string resourceCode, string? spec, PriceQueries store) =>
        TypedResults.Ok(new PriceHistoryJson([.. (await store.HistoryAsync(region, resourceCode, spec ?? ""))
            .Select(h => new PriceHistoryPointJson(h.Period.ToString(), h.Price.PriceInclTax, h.Price.PriceExclTax, h.Price.Observations, h.Price.Carried))]));
}
