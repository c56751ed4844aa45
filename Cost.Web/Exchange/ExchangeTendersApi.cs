using System.Text.Json;
using Cost.Contracts;
using Cost.Domain.Credit;
using Cost.Domain.Projects;
using Cost.Web.Hosting;
using Cost.Web.Projects;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Cost.Web.Exchange;

/// <summary>
/// Tenders the trading platform registers: the tenderee, the agency, the lot and the dates come from the platform, so
/// nobody types them in; the compiling firm's consultants then find the tender in their list and upload its bill.
/// </summary>
public static class ExchangeTendersApi
{
    private const string Json = "application/json";

    public static RouteGroupBuilder MapExchangeTenders(this RouteGroupBuilder api)
    {
        api.MapPost("/tenders", Register)
            .WithName("registerTender")
            .Accepts<PlatformTenderRequest>(Json)
            .Produces<TenderRegistrationJson>(StatusCodes.Status201Created, Json)
            .Produces<TenderRegistrationJson>(StatusCodes.Status200OK, Json)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("登记招标项目（交易平台）：招标人、代理机构、标段、发布时间和投标截止时间；新登记 201，同一内容重试 200，编号已登记且内容不同 409")
            .WithDescription("须带 Idempotency-Key（1–100 字符）。tenderee.creditCode、agency.creditCode、compilingFirm 为统一社会信用代码；compilingFirm 须为在册造价咨询企业。publishAt、bidDeadline 为带时区的 ISO 8601 时间，截止须晚于发布。");
        api.MapPut("/tenders/{tenderCode}", Reschedule)
            .WithName("rescheduleTender")
            .Accepts<PlatformScheduleRequest>(Json)
            .Produces<TenderRegistrationJson>(StatusCodes.Status200OK, Json)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("修改交易平台登记的招标项目的发布时间和投标截止时间（记入审计日志）；不是平台登记的项目 404");
        return api;
    }

    private static async Task<Results<Created<TenderRegistrationJson>, Ok<TenderRegistrationJson>, ProblemHttpResult>> Register(HttpContext http, TenderOperations operations)
    {
        var (request, body, problem) = await IdempotentCall.ReadAsync(http);
        if (problem is not null)
        {
            return problem;
        }

        var fields = new JsonFields();
        using var document = JsonFields.Parse(body);
        if (fields.Root(document) is not { } root)
        {
            return Outcome.Problem(StatusCodes.Status400BadRequest, "招标项目登记数据有误。", [.. fields.Problems]);
        }

        var project = new CreateProjectRequest(
            fields.Text(root, "tenderCode", "tenderCode", maxLength: 40), fields.Text(root, "name", "name"), fields.Text(root, "region", "region", maxLength: 20),
            fields.Text(root, "projectType", "projectType", maxLength: 40), OptionalArea(root, fields), null, fields.Text(root, "compilingFirm", "compilingFirm", maxLength: 40));
        var tenderee = Party(root, "tenderee", required: true, fields);
        var agency = Party(root, "agency", required: false, fields);
        var (publishAt, bidDeadline) = Dates(root, fields);
        var registration = new PlatformRegistration(fields.Text(root, "lot", "lot", required: false, maxLength: 100), tenderee!, agency, publishAt, bidDeadline, request!.ClientId);
        var outcome = await operations.RegisterForPlatformAsync(project, registration, fields.Problems);
        if (!outcome.Succeeded)
        {
            return outcome.Problem();
        }

        var answer = TenderRegistrationJson.From(outcome.Value!);
        return outcome.Status == StatusCodes.Status201Created
            ? TypedResults.Created($"/exchange/v1/tenders/{Uri.EscapeDataString(answer.TenderCode)}/ceiling-price", answer)
            : TypedResults.Ok(answer);
    }

    private static async Task<Results<Ok<TenderRegistrationJson>, ProblemHttpResult>> Reschedule(string tenderCode, HttpContext http, IGrainFactory grains)
    {
        var fields = new JsonFields();
        using var buffer = new MemoryStream();
        await http.Request.Body.CopyToAsync(buffer, http.RequestAborted);
        using var document = JsonFields.Parse(buffer.ToArray());
        if (fields.Root(document) is not { } root)
        {
            return Outcome.Problem(StatusCodes.Status400BadRequest, "日期有误。", [.. fields.Problems]);
        }

        var (publishAt, bidDeadline) = Dates(root, fields);
        if (fields.Problems.Count > 0)
        {
            return Outcome.Problem(StatusCodes.Status400BadRequest, "日期有误。", [.. fields.Problems]);
        }

        var grain = grains.GetGrain<ITenderProjectGrain>(GrainKeys.Tender(tenderCode));
        if (await grain.Describe() is not { Info.Registration: { } registered })
        {
            return Outcome.Problem(StatusCodes.Status404NotFound, $"招标项目 {tenderCode} 不存在或不是交易平台登记的项目。", []);
        }

        var client = http.Items[SignatureFilter.ClientItem] as string ?? "";
        var changed = registered with { PublishAt = publishAt ?? registered.PublishAt, BidDeadline = bidDeadline ?? registered.BidDeadline, RegisteredBy = client };
        return (await grain.Reschedule(changed)).ToOutcome().ToResult(v => TypedResults.Ok(TenderRegistrationJson.From(v)));
    }

    /// <summary>publishAt and bidDeadline, both optional; the deadline after the publication when both are given.</summary>
    private static (DateTimeOffset? PublishAt, DateTimeOffset? BidDeadline) Dates(JsonElement root, JsonFields fields)
    {
        var publishAt = fields.Instant(root, "publishAt", "publishAt", required: false);
        var bidDeadline = fields.Instant(root, "bidDeadline", "bidDeadline", required: false);
        if (publishAt is { } p && bidDeadline is { } d && d <= p)
        {
            fields.Add("bidDeadline", "bidDeadline（投标截止时间）须晚于 publishAt（发布时间）。");
        }

        return (publishAt, bidDeadline);
    }

    private static TenderParty? Party(JsonElement root, string name, bool required, JsonFields fields)
    {
        if (!root.TryGetProperty(name, out var party) || party.ValueKind == JsonValueKind.Null)
        {
            if (required)
            {
                fields.Add(name, $"{name} 必填：{{ \"name\", \"creditCode\" }}。");
            }

            return null;
        }

        if (party.ValueKind != JsonValueKind.Object)
        {
            fields.Add(name, $"{name} 须为对象：{{ \"name\", \"creditCode\" }}。");
            return null;
        }

        var partyName = fields.Text(party, "name", $"{name}.name");
        var code = fields.Text(party, "creditCode", $"{name}.creditCode", maxLength: 40);
        if (code is not null && CreditCode.Problem(code) is { } bad)
        {
            fields.Add($"{name}.creditCode", bad);
        }

        return partyName is null || code is null ? null : new TenderParty(partyName, code);
    }

    private static decimal? OptionalArea(JsonElement root, JsonFields fields)
    {
        if (!root.TryGetProperty("buildingArea", out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var area))
        {
            return area;
        }

        fields.Add("buildingArea", "buildingArea 须为以 m² 为单位的数字。");
        return null;
    }
}
