using System.Collections.Immutable;
using Cost.Silos.ReadModels;
using Cost.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Cost.Web.Exchange;

/// <summary>The OCDS 1.1 release feed of tender events, paged by an opaque cursor like the ceiling-price feed.</summary>
public static class ExchangeOcdsApi
{
    public static RouteGroupBuilder MapExchangeOcds(this RouteGroupBuilder api)
    {
        api.MapGet("/ocds/releases", Releases)
            .WithSummary("OCDS 1.1 发布包：每个招标事件一条 release（备案 tender、修订 tenderAmendment、中标 award），按事件顺序分页")
            .WithDescription("after：上页返回的 next 游标（首次省略）；limit 1–500（默认 100）。ocid = 配置的前缀（Exchange:OcidPrefix）+ 招标项目编号；"
                + "tender.value 为该版本最高投标限价（CNY），tender.mainProcurementCategory 为 works（工程）；license、publicationPolicy 取自配置（Exchange:OcdsLicense、Exchange:OcdsPublicationPolicy）；awards[].suppliers 为中标人；parties 含造价站（reviewBody）、编制单位、中标人（CN-USCC 统一社会信用代码）。"
                + "没有新事件时返回 204（无正文；OCDS 发布包至少含一条 release），之后以同一游标再次轮询。");
        return api;
    }

    /// <summary>The OCDS pagination extension, declared because every package carries <c>links.next</c>.</summary>
    public const string PaginationExtension = "https://raw.githubusercontent.com/open-contracting-extensions/ocds_pagination_extension/master/extension.json";

    public sealed record ReleasePackage(
        string Uri, string Version, DateTimeOffset PublishedDate, ReleasePublisher Publisher, ImmutableArray<string> Extensions,
        ImmutableArray<OcdsRelease> Releases, string Next, ReleaseLinks Links, Uri? License = null, Uri? PublicationPolicy = null);

    public sealed record ReleasePublisher(string Name);

    public sealed record ReleaseLinks(string Next);

    private static async Task<Results<Ok<ReleasePackage>, NoContent, ProblemHttpResult>> Releases(HttpContext http, string? after, int? limit, ExchangeQueries queries, IOptionsMonitor<ExchangeOptions> options)
    {
        var problems = new List<ProblemItem>();
        var take = limit ?? 100;
        if (take is < 1 or > 500)
        {
            problems.Add(ProblemItem.ForField("limit", "limit 须在 1–500 之间。"));
        }

        if (!EventCursor.TryRead(after, out var afterSeq))
        {
            problems.Add(ProblemItem.ForField("after", "after 不是本接口返回的游标。"));
        }

        if (problems.Count > 0)
        {
            return Outcome.Problem(StatusCodes.Status400BadRequest, "查询参数有误。", problems);
        }

        var o = options.CurrentValue;
        var events = await queries.TenderEventsAsync(afterSeq, take, http.RequestAborted);
        if (events.Count == 0)
        {
            // OCDS 1.1: a release package holds at least one release (release-package-schema "minItems": 1), so nothing new is no package.
            return TypedResults.NoContent();
        }

        var next = EventCursor.Write(events[^1].Seq);
        var self = $"{http.Request.Scheme}://{http.Request.Host}{http.Request.Path}";
        // OCDS: a package generated on demand is dated by the last change to what it holds, so the same feed reads the same.
        var publishedDate = events.Max(e => e.OccurredAt);
        return TypedResults.Ok(new ReleasePackage(
            $"{self}{http.Request.QueryString}", "1.1", publishedDate, new ReleasePublisher(o.PublisherName), [PaginationExtension],
            [.. events.Select(e => OcdsRelease.From(e, o.OcidPrefix, o.PublisherName))], next, new ReleaseLinks($"{self}?after={next}&limit={take}"),
            o.OcdsLicense, o.OcdsPublicationPolicy));
    }
}
