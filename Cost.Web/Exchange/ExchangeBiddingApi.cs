using System.Collections.Immutable;
using System.Text.Json;
using Cost.Contracts;
using Cost.Domain.Bidding;
using Cost.Domain.Credit;
using Cost.Silos.Exchange;
using Cost.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Cost.Web.Exchange;

/// <summary>
/// What the platform pushes (docs/exchange-api.md): bid openings, awards and complaints, each
/// under an Idempotency-Key and handled by the tender's grain.
/// </summary>
public static class ExchangeBiddingApi
{
    private const string Json = "application/json";

    private const string FlagsDoc = """
        每个投标的 verdict：valid（有效）、above-ceiling（报价高于最高投标限价，应否决）、invalid（统一社会信用代码无效或报价不为正）。
        flags 为复核提示，只提请评标委员会关注，从不改变 verdict：
        abnormally-low —— 报价低于最高投标限价的 85%（data/bid-review.json 可配置），或有效投标不少于 5 家时低于有效报价平均值 2 个（总体）标准差以上；
        duplicate-price —— 与另一投标人报价相同（精确到分）；
        uniform-ratio —— 三家及以上报价与最高投标限价之比相差小于 0.01%（最大值 − 最小值 < 0.0001），疑似串通；
        bidder-restricted —— 开标时投标人在造价站维护的限制投标名单中且限制正在生效（/credit/restrictions）。
        投标按提交顺序返回。开标锁定所依据的最高投标限价版本（之后 GET 返回 status "locked"）。
        Idempotency-Key（1–100 字符）：同一 key 同一正文返回同一结果且不重复保存；同一 key 不同正文 409；并发重试等待首个请求完成后返回同一结果；
        一个项目只开标一次（另一 key 再次开标 409）。项目不存在或无已备案限价 404；正文有误 400，errors 列出每个字段。
        """;

    public static RouteGroupBuilder MapExchangeBidding(this RouteGroupBuilder api)
    {
        api.MapPost("/tenders/{tenderCode}/bid-openings", OpenBids)
            .Accepts<BidOpeningRequest>(Json).Produces<OpeningAnswer>(StatusCodes.Status200OK, Json)
            .WithSummary("开标结果：逐个投标对照已备案最高投标限价给出结论和复核提示，并锁定该限价版本").WithDescription(FlagsDoc);
        api.MapPost("/tenders/{tenderCode}/awards", Award)
            .Accepts<AwardRequest>(Json).Produces<AwardAnswer>(StatusCodes.Status200OK, Json)
            .WithSummary("中标结果：{ winnerCreditCode, winnerName, price, awardedAt } → 已保存的中标结果（含中标价与限价之比 awardRatio）")
            .WithDescription("Idempotency-Key 语义同开标；一个项目只登记一次中标结果（另一 key 再次登记 409）；项目不存在或无已备案限价 404；正文有误 400。");
        api.MapPost("/tenders/{tenderCode}/complaints", Complain)
            .Accepts<PlatformComplaintRequest>(Json).Produces<ComplaintView>(StatusCodes.Status200OK, Json)
            .WithSummary("投标人对最高投标限价的投诉（平台转送）：{ complainantName, complainantCreditCode?, reason, receivedAt? }")
            .WithDescription("须在公布（未单独公布的以备案时间计，平台登记的公布时间更晚的以其为准）次日起 5 个工作日内（按造价站工作日历，data/ceiling-price-review.json 可配置）；开标后或逾期 409；Idempotency-Key 语义同开标。");
        return api;
    }

    private static Task<Results<ContentHttpResult, ProblemHttpResult>> OpenBids(string tenderCode, HttpContext http, IGrainFactory grains) =>
        ReceiveAsync(http, "开标数据有误。", async (request, root, fields) =>
        {
            var bids = ImmutableArray.CreateBuilder<Bid>();
            var openedAt = fields.Instant(root, "openedAt", "openedAt");
            if (!root.TryGetProperty("bids", out var list) || list.ValueKind != JsonValueKind.Array || list.GetArrayLength() == 0)
            {
                fields.Add("bids", "bids 必填，须为至少含一个投标的数组。");
            }
            else
            {
                var i = 0;
                foreach (var item in list.EnumerateArray())
                {
                    var path = $"bids[{i++}]";
                    if (item.ValueKind != JsonValueKind.Object)
                    {
                        fields.Add(path, $"{path} 须为对象。");
                        continue;
                    }

                    var code = fields.Text(item, "bidderCreditCode", $"{path}.bidderCreditCode", maxLength: 40);
                    var name = fields.Text(item, "bidderName", $"{path}.bidderName");
                    var price = fields.Amount(item, "price", $"{path}.price");
                    if (code is not null && name is not null && price is { } p)
                    {
                        bids.Add(new Bid(code, name, p));
                    }
                }
            }

            return fields.Problems.Count > 0
                ? null
                : (await Grain(grains, tenderCode).OpenBids(new BidOpening(request, openedAt!.Value, bids.ToImmutable()))).ToResult();
        });

    private static Task<Results<ContentHttpResult, ProblemHttpResult>> Award(string tenderCode, HttpContext http, IGrainFactory grains) =>
        ReceiveAsync(http, "中标数据有误。", async (request, root, fields) =>
        {
            var code = fields.Text(root, "winnerCreditCode", "winnerCreditCode", maxLength: 40);
            if (code is not null && CreditCode.Problem(code) is { } bad)
            {
                fields.Add("winnerCreditCode", bad);
            }

            var name = fields.Text(root, "winnerName", "winnerName");
            var price = fields.Amount(root, "price", "price");
            if (price is <= 0)
            {
                fields.Add("price", "price 须大于 0。");
            }

            var awardedAt = fields.Instant(root, "awardedAt", "awardedAt");
            return fields.Problems.Count > 0
                ? null
                : (await Grain(grains, tenderCode).Award(new AwardNotice(request, code!, name!, price!.Value, awardedAt!.Value))).ToResult();
        });

    private static Task<Results<ContentHttpResult, ProblemHttpResult>> Complain(string tenderCode, HttpContext http, IGrainFactory grains) =>
        ReceiveAsync(http, "投诉数据有误。", async (request, root, fields) =>
        {
            var name = fields.Text(root, "complainantName", "complainantName");
            var code = fields.Text(root, "complainantCreditCode", "complainantCreditCode", required: false, maxLength: 40);
            if (code is not null && CreditCode.Problem(code) is { } bad)
            {
                fields.Add("complainantCreditCode", bad);
            }

            var reason = fields.Text(root, "reason", "reason", maxLength: 2000);
            var receivedAt = fields.Instant(root, "receivedAt", "receivedAt", required: false);
            if (fields.Problems.Count > 0)
            {
                return null;
            }

            var result = await Grain(grains, tenderCode).Complain(new NewComplaint("platform", name!, code, reason!, receivedAt, $"exchange:{request.ClientId}", request));
            return result.ToOutcome().ToResult(complaint => IdempotentCall.Json(StoreJson.Write(complaint)));
        });

    /// <summary>
    /// What every platform push shares: the Idempotency-Key and the body, the body as a JSON object,
    /// then <paramref name="handle"/> with a collector of field problems. A null answer from it, or a
    /// body that is no JSON object, is 400 listing each bad field.
    /// </summary>
    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> ReceiveAsync(HttpContext http, string invalidTitle,
        Func<IdempotentRequest, JsonElement, JsonFields, Task<Results<ContentHttpResult, ProblemHttpResult>?>> handle)
    {
        var (request, body, problem) = await IdempotentCall.ReadAsync(http);
        if (problem is not null)
        {
            return problem;
        }

        var fields = new JsonFields();
        using var document = JsonFields.Parse(body);
        var answer = fields.Root(document) is { } root ? await handle(request!, root, fields) : null;
        return answer ?? Outcome.Problem(StatusCodes.Status400BadRequest, invalidTitle, [.. fields.Problems]);
    }

    private static ITenderProjectGrain Grain(IGrainFactory grains, string tenderCode) => grains.GetGrain<ITenderProjectGrain>(GrainKeys.Tender(tenderCode));
}
