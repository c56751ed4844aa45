using System.Buffers.Text;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Cost.Silos.ReadModels;
using Cost.Web.Hosting;
using Cost.Web.Prices;
using Cost.Web.Projects;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Cost.Web.Exchange;

/// <summary>The exchange API for the trading platform (docs/exchange-api.md), base path /exchange/v1, HMAC-signed.</summary>
public static class ExchangeApi
{
    private static async Task<Results<Ok<Credit.RegisterPage.RegisterPageJson>, ProblemHttpResult>> Firms(
        [AsParameters] Credit.RegisterPage.Query query, Credit.RegisterPage register, CancellationToken cancellationToken) =>
        (await register.ReadAsync(query, cancellationToken)).ToResult(TypedResults.Ok);

    public static IEndpointRouteBuilder MapExchangeApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/exchange/v1").WithTags("交易平台数据交换").AllowAnonymous().AddEndpointFilter<SignatureFilter>();
        api.MapGet("/tenders/{tenderCode}/ceiling-price", CeilingPrice).Produces<ExchangeCeilingPrice>()
            .WithSummary("已备案（或其后状态）的最新版本最高投标限价；未备案 404");
        api.MapGet("/ceiling-prices", Feed)
            .WithSummary("按备案顺序的变更流：每个备案版本恰好出现一次；items 为空且 next 不变表示暂无新数据");
        api.MapGet("/info-prices/{region}/{period}", InfoPrices)
            .WithSummary("已发布的信息价（最新修订），分页：page ≥ 1，pageSize 1–1000（默认 100）；未发布 404");
        api.MapGet("/indices/{period}", Indices.ExchangeIndices.Get)
            .WithSummary("某月已发布的造价指数（定基、环比，2 位小数；region 默认 610100）；未发布 404");
        api.MapGet("/firms", Firms)
            .WithSummary("造价咨询企业诚信名录（与 /api/public/firms 相同）：changedSince（yyyy-MM-dd 或 RFC 3339 时间）以来得分、等级或记录有变化的企业，"
                + "每家在 asOf 日的得分、等级和公示记录；page、pageSize 1–500");
        api.MapExchangeBidding().MapExchangeOcds().MapExchangeTenders();
        return routes;
    }

    public sealed record ExchangeCeilingPrice(
        string TenderCode, string ProjectName, int Version, string Status, string RuleSet, string Currency,
        decimal Total, DateTimeOffset FiledAt, ImmutableArray<UnitJson> Units)
    {
        public static ExchangeCeilingPrice From(FiledCeilingPrice f) => new(
            f.TenderCode, f.ProjectName, f.Version, f.Status, f.RuleSet, "CNY", f.Price.Total, f.FiledAt, UnitJson.From(f.Price));
    }

    public sealed record FeedPage(ImmutableArray<ExchangeCeilingPrice> Items, string Next);

    /// <summary>What <c>TypedResults.Ok</c> writes for JSON, so that the cached answer reads like every other.</summary>
    private const string JsonContentType = "application/json; charset=utf-8";

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> CeilingPrice(string tenderCode, CeilingPriceAnswers answers,
        CancellationToken cancellationToken)
    {
        var json = await answers.GetAsync(tenderCode.Trim(), cancellationToken);
        return json is null
            ? Outcome.Problem(StatusCodes.Status404NotFound, $"招标项目 {tenderCode} 没有已备案的最高投标限价。", [])
            : TypedResults.Bytes(json, JsonContentType);
    }

    private static async Task<Results<Ok<FeedPage>, ProblemHttpResult>> Feed(string? after, int? limit, TenderQueries queries, CancellationToken cancellationToken)
    {
        var problems = new List<ProblemItem>();
        var take = limit ?? 100;
        if (take is < 1 or > 500)
        {
            problems.Add(ProblemItem.ForField("limit", "limit 须在 1–500 之间。"));
        }

        var afterSeq = 0L;
        if (!string.IsNullOrEmpty(after) && !Cursor.TryRead(after, out afterSeq))
        {
            problems.Add(ProblemItem.ForField("after", "after 不是本接口返回的游标。"));
        }

        if (problems.Count > 0)
        {
            return Outcome.Problem(StatusCodes.Status400BadRequest, "查询参数有误。", problems);
        }

        var items = await queries.FeedAsync(afterSeq, take, cancellationToken);
        var next = items.Count == 0 ? Cursor.Write(afterSeq) : Cursor.Write(items[^1].Seq);
        return TypedResults.Ok(new FeedPage([.. items.Select(ExchangeCeilingPrice.From)], next));
    }

    private static async Task<Results<Ok<ExchangeInfoPricePage>, ProblemHttpResult>> InfoPrices(string region, string period, int? page, int? pageSize, PriceOperations operations, PriceQueries store)
    {
        var located = operations.Locate(region, period);
        var problems = new List<ProblemItem>(located.Problems);
        var (number, size) = (page ?? 1, pageSize ?? 100);
        if (number < 1)
        {
            problems.Add(ProblemItem.ForField("page", "page 须 ≥ 1。"));
        }

        if (size is < 1 or > 1000)
        {
            problems.Add(ProblemItem.ForField("pageSize", "pageSize 须在 1–1000 之间。"));
        }

        if (problems.Count > 0)
        {
            return Outcome.Problem(StatusCodes.Status400BadRequest, "查询参数有误。", problems);
        }

        return await PublishedPrices.ReadAsync(store, region, located.Value.Period) is { } published
            ? TypedResults.Ok(new ExchangeInfoPricePage(region, located.Value.Period.ToString(), published.PublishedAt, published.Revision,
                published.Prices.Length, number, size, [.. published.Prices.Skip((number - 1) * size).Take(size).Select(InfoPriceJson.From)]))
            : PricesApi.NotPublished(located.Value.Period);
    }

    /// <summary>An opaque cursor over the filing sequence: base64url of "f:{seq}".</summary>
    private static class Cursor
    {
        public static string Write(long seq) => Base64Url.EncodeToString(Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"f:{seq}")));

        public static bool TryRead(string text, out long seq)
        {
            seq = 0;
            try
            {
                var decoded = Encoding.ASCII.GetString(Base64Url.DecodeFromChars(text));
                return decoded.StartsWith("f:", StringComparison.Ordinal)
                    && long.TryParse(decoded.AsSpan(2), NumberStyles.None, CultureInfo.InvariantCulture, out seq);
            }
            catch (FormatException)
            {
                return false;
            }
        }
    }
}
