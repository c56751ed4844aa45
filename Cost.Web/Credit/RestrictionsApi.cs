using System.Collections.Immutable;
using Cost.Domain;
using Cost.Domain.Bidding;
using Cost.Domain.Credit;
using Cost.Silos.Store;
using Cost.Web.Auth;
using Cost.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Cost.Web.Credit;

/// <summary>
/// The list of firms barred from bidding (限制投标名单), kept by the bureau: add a restriction with its reason, authority
/// and dates, lift one early with a reason; every change is audited and the next bid opening applies it.
/// </summary>
public static class RestrictionsApi
{
    public sealed record RestrictionRequest(string? CreditCode, string? Name, string? Reason, string? Source, string? From, string? Until);

    public sealed record LiftRequest(string? Reason);

    public sealed record RestrictionJson(long Id, string CreditCode, string Name, string Reason, string Source, DateOnly From, DateOnly? Until,
        bool InForce, string AddedBy, DateTimeOffset AddedAt, DateTimeOffset? LiftedAt, string? LiftedBy, string? LiftReason)
    {
        public static RestrictionJson Of(BidRestriction r, DateTimeOffset now) =>
            new(r.Id, r.CreditCode, r.Name, r.Reason, r.Source, r.From, r.Until, r.InForceAt(now), r.AddedBy, r.AddedAt, r.LiftedAt, r.LiftedBy, r.LiftReason);
    }

    public sealed record RestrictionListJson(ImmutableArray<RestrictionJson> Items);

    public static IEndpointRouteBuilder MapRestrictionsApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/restrictions").WithTags("造价咨询企业与诚信").RequireAuthorization(Policies.BureauOnly);
        api.MapGet("/", List).WithName("listRestrictions").WithSummary("限制投标名单：全部记录（含已到期、已解除），inForce 为现在是否有效");
        api.MapPost("/", Add).WithName("addRestriction")
            .WithSummary("登记限制投标 { creditCode, name, reason, source, from?, until? }（日期 yyyy-MM-dd，from 默认今天）；下一次开标即生效");
        api.MapPost("/{id:long}/lift", Lift).WithName("liftRestriction").WithSummary("提前解除限制投标 { reason }；不存在 404，已解除 409");
        return routes;
    }

    /// <summary>Adds a restriction, or answers each bad field.</summary>
    public static async Task<Outcome<BidRestriction>> AddAsync(CurrentUser bureau, RestrictionRequest request, RestrictionStore store, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var problems = new List<ProblemItem>();
        var code = request.CreditCode?.Trim().ToUpperInvariant();
        if (CreditCode.Problem(code) is { } codeProblem)
        {
            problems.Add(ProblemItem.ForField("creditCode", codeProblem));
        }

        var name = request.Name?.Trim() ?? "";
        if (name.Length is 0 or > 200)
        {
            problems.Add(ProblemItem.ForField("name", "企业名称必填，不超过 200 字。"));
        }

        var reason = request.Reason?.Trim() ?? "";
        if (reason.Length is < 5 or > 2000)
        {
            problems.Add(ProblemItem.ForField("reason", "限制理由必填，5–2000 字。"));
        }

        var source = request.Source?.Trim() ?? "";
        if (source.Length is 0 or > 200)
        {
            problems.Add(ProblemItem.ForField("source", "依据必填（处理决定文号或诚信记录），不超过 200 字。"));
        }

        var now = BureauTime.Now(clock);
        var from = Day(request.From, "from", problems) ?? BureauTime.Today(clock);
        var until = Day(request.Until, "until", problems);
        if (until < from)
        {
            problems.Add(ProblemItem.ForField("until", "截止日期不能早于开始日期。"));
        }

        return problems.Count > 0
            ? Outcome.Fail<BidRestriction>(StatusCodes.Status400BadRequest, "限制投标信息有误。", problems)
            : Outcome.Ok(await store.AddAsync(new BidRestriction(0, code!, name, reason, source, from, until, bureau.UserName, now), cancellationToken),
                StatusCodes.Status201Created);
    }

    /// <summary>Lifts a restriction early with a reason.</summary>
    public static async Task<Outcome<BidRestriction>> LiftAsync(CurrentUser bureau, long id, string? reason, RestrictionStore store, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if (reason is null || reason.Trim().Length < 5)
        {
            return Outcome.Fail<BidRestriction>(StatusCodes.Status400BadRequest, "请写明解除理由。", ProblemItem.ForField("reason", "解除理由必填，至少 5 个字。"));
        }

        if (await store.LiftAsync(id, BureauTime.Now(clock), bureau.UserName, reason.Trim(), cancellationToken) is { } lifted)
        {
            return Outcome.Ok(lifted);
        }

        return (await store.AllAsync(cancellationToken)).Any(r => r.Id == id)
            ? Outcome.Fail<BidRestriction>(StatusCodes.Status409Conflict, $"第 {id} 号限制投标已解除。")
            : Outcome.Fail<BidRestriction>(StatusCodes.Status404NotFound, $"没有第 {id} 号限制投标。");
    }

    private static async Task<Ok<RestrictionListJson>> List(RestrictionStore store, TimeProvider clock, CancellationToken cancellationToken) =>
        TypedResults.Ok(new RestrictionListJson([.. (await store.AllAsync(cancellationToken)).Select(r => RestrictionJson.Of(r, clock.GetUtcNow()))]));

    private static async Task<Results<Created<RestrictionJson>, ProblemHttpResult>> Add(CurrentUser user, RestrictionRequest request, RestrictionStore store,
        TimeProvider clock, CancellationToken cancellationToken) =>
        (await AddAsync(user, request, store, clock, cancellationToken)).ToResult(r => TypedResults.Created($"/api/restrictions/{r.Id}", RestrictionJson.Of(r, clock.GetUtcNow())));

    private static async Task<Results<Ok<RestrictionJson>, ProblemHttpResult>> Lift(CurrentUser user, long id, LiftRequest request, RestrictionStore store,
        TimeProvider clock, CancellationToken cancellationToken) =>
        (await LiftAsync(user, id, request.Reason, store, clock, cancellationToken)).ToResult(r => TypedResults.Ok(RestrictionJson.Of(r, clock.GetUtcNow())));

    private static DateOnly? Day(string? text, string field, List<ProblemItem> problems)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (CreditOperations.ParseDate(text) is { } day)
        {
            return day;
        }

        problems.Add(ProblemItem.ForField(field, "日期格式应为 yyyy-MM-dd。"));
        return null;
    }
}
