using System.Collections.Immutable;
using Cost.Domain;
using Cost.Domain.Prices;
using Cost.Silos.Contracts;
using Cost.Silos.Hosting;
using Cost.Silos.Store;
using Cost.Web.Auth;
using Cost.Web.Bulletins;
using Cost.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Cost.Web.Prices;

/// <summary>Price collection and publication (contracts/http-api.md): surveys, the monthly period, published prices.</summary>
public static class PricesApi
{
    public static IEndpointRouteBuilder MapPricesApi(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/api/price-surveys/{region}/{period}", UploadSurvey).WithTags("造价信息").DisableAntiforgery()
            .RequireAuthorization(Policies.Member)
            .WithSummary("上传市场价格调查表（.xlsx 或 UTF-8/GB18030 .csv，表单字段 file）：坏行逐行拒绝，好行入库；同一文件重复上传不重复计入");

        var periods = routes.MapGroup("/api/price-periods/{region}/{period}").WithTags("造价信息").RequireAuthorization(Policies.BureauOnly);
        periods.MapGet("/", Describe).WithSummary("价格期状态、修订号及各系列草稿（观测数、剔除、涨跌、标记）");
        periods.MapPost("/close", Close).WithSummary("截止采集并计算草稿（每月定时任务同样执行）");
        periods.MapPost("/overrides", Override).WithSummary("造价站修改某系列价格，须写明理由；发布后修改即形成新修订");
        periods.MapPost("/publish", Publish)
            .WithSummary("发布（仍在采集则先截止）。published：本修订发布的系列数（含沿用）；carried：沿用上期价格的系列数；withheld：无价可发布的系列数。重复发布不产生新修订");

        var open = routes.MapGroup("/api/public").WithTags("造价信息（公开）").AllowAnonymous();
        open.MapGet("/resources", Resources).WithSummary("资源目录（人材机），按编码、名称、规格检索，可按类别筛选");
        open.MapGet("/info-prices/{region}/{period}", Published).WithSummary("已发布的信息价（最新修订）；未发布 404");
        open.MapGet("/info-prices/{region}/{period}/revisions", Revisions).WithSummary("各次修订及更正说明");
        open.MapGet("/info-prices/{region}/{period}/prices.xlsx", Workbook).WithSummary("已发布信息价 .xlsx（以 = + - @ 开头的单元格已中和）");
        open.MapGet("/info-prices/{region}/{period}/bulletin.pdf", Bulletin).WithSummary("已发布信息价 PDF 公报；服务器缺少中文字体时 503 并说明应安装的软件包");
        open.MapGet("/price-history/{region}/{resourceCode}", History).WithSummary("某资源规格逐月已发布价格（spec 查询参数）");
        return routes;
    }

    private static async Task<IResult> UploadSurvey(HttpContext http, string region, string period, IFormFile? file, PriceOperations operations, CancellationToken cancellationToken) =>
        (await operations.UploadSurveyAsync(CurrentUser.From(http.User)!, region, period, file, cancellationToken)).ToResult(r => TypedResults.Ok(r));

    private static async Task<IResult> Describe(string region, string period, PriceOperations operations, PriceStore store, ResourceCatalogue catalogue)
    {
        var located = operations.Locate(region, period);
        if (!located.Succeeded)
        {
            return located.ToResult(_ => TypedResults.Ok());
        }

        var summary = await operations.Grain(region, located.Value.Period).Describe();
        var drafts = await store.DraftsAsync(region, located.Value.Period);
        return TypedResults.Ok(new
        {
            region,
            period = summary.Period,
            status = summary.Status.ToString().ToLowerInvariant(),
            revision = summary.Revision,
            drafts = drafts.Select(d => DraftJson.From(d, catalogue.Find(d.Draft.ResourceCode, d.Draft.Spec))),
        });
    }

    private static Task<IResult> Close(string region, string period, PriceOperations operations) =>
        RunAsync(operations, region, period, g => g.Close(), c => new { series = c.Series, flagged = c.Flagged });

    private static async Task<IResult> Override(HttpContext http, string region, string period, OverrideRequest request, PriceOperations operations)
    {
        var problems = new List<ProblemItem>();
        if (string.IsNullOrWhiteSpace(request.ResourceCode))
        {
            problems.Add(ProblemItem.ForField("resourceCode", "须指明资源编码。"));
        }

        if (request.PriceInclTax is not > 0m)
        {
            problems.Add(ProblemItem.ForField("priceInclTax", "含税价须为正数。"));
        }

        if (string.IsNullOrWhiteSpace(request.Reason))
        {
            problems.Add(ProblemItem.ForField("reason", "修改信息价须写明理由。"));
        }

        if (problems.Count > 0)
        {
            return Outcome.Problem(StatusCodes.Status400BadRequest, "修改请求有误。", problems);
        }

        var user = CurrentUser.From(http.User)!;
        var change = new SeriesOverride(request.ResourceCode!.Trim(), request.Spec?.Trim() ?? "", Money.Round(request.PriceInclTax!.Value), request.Reason!.Trim(), user.UserName);
        return await RunAsync(operations, region, period, g => g.Override(change), _ => new { });
    }

    private static Task<IResult> Publish(HttpContext http, string region, string period, PriceOperations operations) =>
        RunAsync(operations, region, period, g => g.Publish(CurrentUser.From(http.User)!.UserName),
            c => new { published = c.Published, carried = c.Carried, withheld = c.Withheld });

    private static async Task<IResult> RunAsync(PriceOperations operations, string region, string period,
        Func<IPricePeriodGrain, Task<GrainResult<PeriodChange>>> command, Func<PeriodCounts, object> answer)
    {
        var located = operations.Locate(region, period);
        if (!located.Succeeded)
        {
            return located.ToResult(_ => TypedResults.Ok());
        }

        var result = (await command(operations.Grain(region, located.Value.Period))).ToOutcome();
        return result.ToResult(r => TypedResults.Ok(answer(r.Counts)));
    }

    private static Ok<ResourceListJson> Resources(string? q, string? category, ResourceCatalogue catalogue) =>
        TypedResults.Ok(new ResourceListJson([.. catalogue.Search(q, category).Select(r => new ResourceJson(r.Code, r.Name, r.Spec, r.Unit, r.Category, r.VatRate))]));

    private static async Task<IResult> Published(string region, string period, PriceOperations operations, PriceStore store)
    {
        var located = operations.Locate(region, period);
        if (!located.Succeeded)
        {
            return located.ToResult(_ => TypedResults.Ok());
        }

        return await PublishedPrices.ReadAsync(store, region, located.Value.Period) is { } published
            ? TypedResults.Ok(new
            {
                region, period = located.Value.Period.ToString(), publishedAt = published.PublishedAt, revision = published.Revision,
                total = published.Prices.Length, items = published.Prices.Select(InfoPriceJson.From),
            })
            : NotPublished(located.Value.Period);
    }

    private static async Task<IResult> Workbook(string region, string period, PriceOperations operations, PriceStore store, ReferenceData reference) =>
        await DocumentAsync(region, period, operations, store, (p, prices, publishedAt, revision) =>
        {
            var name = reference.RegionName(region)!;
            return TypedResults.File(InfoPriceDocuments.Workbook(name, p, prices, publishedAt, revision),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", InfoPriceDocuments.FileName(name, p, "xlsx"));
        });

    private static async Task<IResult> Bulletin(string region, string period, PriceOperations operations, PriceStore store, ReferenceData reference) =>
        await DocumentAsync(region, period, operations, store, (p, prices, publishedAt, revision) =>
        {
            if (CjkFont.EnsureInstalled() is { } missing)
            {
                return Outcome.Problem(StatusCodes.Status503ServiceUnavailable, missing, []);
            }

            var name = reference.RegionName(region)!;
            var pdf = PdfBulletinWriter.Write(InfoPriceDocuments.Bulletin(name, p, prices, publishedAt, revision));
            return TypedResults.File(pdf, "application/pdf", InfoPriceDocuments.FileName(name, p, "pdf"));
        });

    private static async Task<IResult> DocumentAsync(string region, string period, PriceOperations operations, PriceStore store,
        Func<YearMonth, ImmutableArray<InfoPrice>, DateTimeOffset, int, IResult> document)
    {
        var located = operations.Locate(region, period);
        if (!located.Succeeded)
        {
            return located.ToResult(_ => TypedResults.Ok());
        }

        return await PublishedPrices.ReadAsync(store, region, located.Value.Period) is { } published
            ? document(located.Value.Period, published.Prices, published.PublishedAt, published.Revision)
            : NotPublished(located.Value.Period);
    }

    public static IResult NotPublished(YearMonth period) =>
        Outcome.Problem(StatusCodes.Status404NotFound, $"{period.ToChinese()}信息价尚未发布。", []);

    private static async Task<IResult> Revisions(string region, string period, PriceOperations operations, PriceStore store)
    {
        var located = operations.Locate(region, period);
        return !located.Succeeded
            ? located.ToResult(_ => TypedResults.Ok())
            : TypedResults.Ok(new
            {
                items = (await store.RevisionsAsync(region, located.Value.Period)).Select(r => new
                {
                    revision = r.Revision,
                    publishedAt = Times.Read(r.PublishedAt),
                    changes = StoreJson.Read<PriceChange[]>(r.NoticeJson),
                }),
            });
    }

    private static async Task<IResult> History(string region, string resourceCode, string? spec, PriceStore store) =>
        TypedResults.Ok(new
        {
            items = (await store.HistoryAsync(region, resourceCode, spec ?? "")).Select(h => new
            {
                period = h.Period.ToString(), h.Price.PriceInclTax, h.Price.PriceExclTax, h.Price.Observations, h.Price.Carried,
            }),
        });
}
