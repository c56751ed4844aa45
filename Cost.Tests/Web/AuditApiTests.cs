using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using Cost.Contracts;
using Cost.Domain.Audit;
using Cost.Tests.Domain.Credit;
using Microsoft.Extensions.DependencyInjection;
using static Cost.Tests.Web.AuditTrail;

namespace Cost.Tests.Web;

/// <summary>
/// Every filing, publication, override, credit record, appeal decision, complaint review and
/// configuration change is in the audit log, by whom and with its facts; the bureau browses and
/// verifies it.
/// </summary>
[Collection(WebSuite.Name)]
public sealed class AuditApiTests(CostWebFactory factory)
{
    [Fact]
    public async Task Each_step_of_a_ceiling_price_is_audited_with_its_price_and_file()
    {
        var (code, total) = await Tenders.FiledAsync(factory, publish: true);

        var entries = await EntriesAsync(factory, code);

        Assert.Equal([AuditActions.CeilingPriceUploaded, AuditActions.CeilingPriceSubmitted, AuditActions.CeilingPriceFiled, AuditActions.CeilingPricePublished],
            entries.Select(Action));
        Assert.Equal(["consultant", "consultant", "bureau", "bureau"], entries.Select(e => e.GetProperty("actor").GetString()));
        var filed = Facts(entries[2]);
        Assert.Equal(code, filed.GetProperty("tenderCode").GetString());
        Assert.Equal(1, filed.GetProperty("version").GetInt32());
        Assert.Equal(total, filed.GetProperty("total").GetDecimal());
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Tenders.Sample)), filed.GetProperty("fileSha256").GetString());
        Assert.Equal("最高投标限价备案", entries[2].GetProperty("actionName").GetString());
    }

    [Fact]
    public async Task Overrides_publications_and_corrections_of_information_prices_are_audited()
    {
        const string region = "610117";
        var period = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        var bureau = await factory.BureauAsync();
        var prices = $"/api/price-periods/{region}/{period}";
        Assert.Equal(HttpStatusCode.OK, (await bureau.PostAsync($"{prices}/close", null)).StatusCode);
        foreach (var price in new[] { 431.5m, 440m })
        {
            Assert.Equal(HttpStatusCode.OK, (await bureau.PostAsJsonAsync($"{prices}/overrides",
                new { resourceCode = "04010101", spec = "P.O 42.5 散装", priceInclTax = price, reason = "按厂家出厂价复核" })).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await bureau.PostAsync($"{prices}/publish", null)).StatusCode);
        }

        var entries = await EntriesAsync(factory, $"{region}/{period}");

        Assert.Equal([AuditActions.InfoPricesOverridden, AuditActions.InfoPricesPublished, AuditActions.InfoPricesOverridden, AuditActions.InfoPricesCorrected],
            entries.Select(Action));
        Assert.All(entries, e => Assert.Equal("bureau", e.GetProperty("actor").GetString()));
        Assert.Equal("按厂家出厂价复核", Facts(entries[0]).GetProperty("reason").GetString());
        var change = Assert.Single(Facts(entries[3]).GetProperty("changes").EnumerateArray());
        Assert.Equal((431.5m, 440m), (change.GetProperty("before").GetDecimal(), change.GetProperty("after").GetDecimal()));
    }

    [Fact]
    public async Task A_credit_record_its_appeal_and_the_decision_are_audited()
    {
        var code = CreditBuilder.NewCode();
        var bureau = await factory.BureauAsync();
        Assert.Equal(HttpStatusCode.Created, (await bureau.PostAsJsonAsync("/api/firms", new { creditCode = code, name = "审计测试造价咨询有限公司" })).StatusCode);
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var added = await bureau.PostAsJsonAsync($"/api/firms/{code}/records", new { ruleCode = "B03", occurredOn = today, note = "业绩证明不实" });
        var id = (await added.JsonAsync()).GetProperty("recordId").GetInt32();
        var firm = factory.Services.GetRequiredService<IGrainFactory>().GetGrain<IFirmGrain>(GrainKeys.Firm(code));
        Assert.Equal(HttpStatusCode.OK, (await bureau.PostAsync($"/api/firms/{code}/records/{id}/notice", null)).StatusCode);
        Assert.True((await firm.State(id, "材料真实", [], "firm-consultant")).IsDone);
        Assert.Equal(HttpStatusCode.OK, (await bureau.PostAsJsonAsync($"/api/firms/{code}/records/{id}/decision",
            new { decision = "confirm", reason = "事实成立" })).StatusCode);
        await firm.Appeal(id, "证明材料真实", "firm-consultant");
        Assert.Equal(HttpStatusCode.OK, (await bureau.PostAsJsonAsync($"/api/firms/{code}/records/{id}/appeal/decision",
            new { decision = "revoke", reason = "复核认定材料真实" })).StatusCode);

        var entries = await EntriesAsync(factory, code);

        Assert.Equal([AuditActions.CreditRecorded, AuditActions.CreditNotified, AuditActions.CreditStated, AuditActions.CreditConfirmed,
            AuditActions.CreditAppealed, AuditActions.CreditRevoked], entries.Select(Action));
        Assert.Equal(["bureau", "bureau", "firm-consultant", "bureau", "firm-consultant", "bureau"], entries.Select(e => e.GetProperty("actor").GetString()));
        var revoked = Facts(entries[5]);
        Assert.Equal(("B03", "revoked", "复核认定材料真实"),
            (revoked.GetProperty("ruleCode").GetString(), revoked.GetProperty("status").GetString(), revoked.GetProperty("note").GetString()));
    }

    [Fact]
    public async Task An_upheld_complaint_is_audited_with_the_revision_it_forced()
    {
        var (code, _) = await Tenders.FiledAsync(factory, publish: true);
        var bureau = await factory.BureauAsync();
        var complaint = await (await bureau.PostAsJsonAsync($"/api/projects/{code}/complaints", new { complainantName = "某投标人", reason = "清单计价偏低" })).JsonAsync();
        var id = complaint.GetProperty("id").GetString();
        var review = await bureau.PostAsync($"/api/projects/{code}/complaints/{id}/review",
            new MultipartFormDataContent { { new ByteArrayContent(Tenders.Repriced(1.10m)), "file", "复核.xlsx" } });
        Assert.Equal(HttpStatusCode.OK, review.StatusCode);

        var entries = (await EntriesAsync(factory, code)).TakeLast(3).ToList();

        Assert.Equal([AuditActions.ComplaintReceived, AuditActions.CeilingPriceRevised, AuditActions.ComplaintUpheld], entries.Select(Action));
        Assert.Equal(2, Facts(entries[1]).GetProperty("version").GetInt32());
        Assert.Equal(id, Facts(entries[1]).GetProperty("revisionFor").GetString());
        Assert.Equal(2, Facts(entries[2]).GetProperty("revisedVersion").GetInt32());
    }

    [Fact]
    public async Task The_chain_of_the_running_system_holds_up_to_its_newest_entry()
    {
        var newest = (await (await (await factory.BureauAsync()).GetAsync("/api/audit?take=1")).JsonAsync()).GetProperty("items")[0];

        var verdict = await VerifyAsync(factory);

        Assert.True(verdict.GetProperty("ok").GetBoolean(), verdict.ToString());
        Assert.True(verdict.GetProperty("entries").GetInt64() >= newest.GetProperty("seq").GetInt64());
        Assert.False(verdict.TryGetProperty("firstBroken", out _));
    }

    [Fact]
    public async Task The_first_entry_of_a_fresh_store_is_its_configuration_without_secrets()
    {
        var first = (await (await (await factory.BureauAsync()).GetAsync("/api/audit?from=1&take=1")).JsonAsync()).GetProperty("items")[0];

        Assert.Equal(AuditActions.ConfigurationChanged, Action(first));
        Assert.Equal("system", first.GetProperty("actor").GetString());
        var config = Facts(first).GetProperty("config");
        Assert.Equal("", config.GetProperty("Exchange:Clients:platform:PushUrl").GetString());
        Assert.Equal(64, config.GetProperty("data/credit-rules.json").GetString()!.Length);
        Assert.Equal("0 0 2 25 * ?", config.GetProperty("Jobs:close-price-periods:Cron").GetString());
        Assert.DoesNotContain("platform-demo-secret", first.GetProperty("payloadJson").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_log_is_browsed_newest_first_a_page_at_a_time()
    {
        var bureau = await factory.BureauAsync();

        var page = await (await bureau.GetAsync("/api/audit?from=5&take=2")).JsonAsync();
        var first = await (await bureau.GetAsync("/api/audit?from=1")).JsonAsync();

        Assert.Equal([5L, 4L], page.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("seq").GetInt64()));
        Assert.Equal(3, page.GetProperty("next").GetInt64());
        Assert.False(first.TryGetProperty("next", out _));
        Assert.Equal(HttpStatusCode.BadRequest, (await bureau.GetAsync("/api/audit?take=0")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await bureau.GetAsync("/api/audit?take=501")).StatusCode);
    }

    [Fact]
    public async Task Only_the_bureau_reads_and_verifies_the_log()
    {
        var consultant = await factory.ConsultantAsync();
        var anonymous = factory.CreateClient();

        Assert.Equal(HttpStatusCode.Forbidden, (await consultant.GetAsync("/api/audit")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await consultant.GetAsync("/api/audit/verify")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/audit/verify")).StatusCode);
    }

    [Fact]
    public async Task The_bureaus_page_lists_entries_and_verifies_the_chain()
    {
        var html = await (await factory.BureauAsync()).GetStringAsync("/audit?verify=true");

        Assert.Contains("校验审计链", html, StringComparison.Ordinal);
        Assert.Contains("审计链完好", html, StringComparison.Ordinal);
        Assert.Contains("链头哈希", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_platform_complaint_is_logged_at_the_servers_time_and_the_page_filters_to_it_with_its_facts_listed()
    {
        var (code, _) = await Tenders.FiledAsync(factory);
        var complaint = new { complainantName = "投标人甲", reason = "限价偏低", receivedAt = "2020-01-02T08:00:00+08:00" };
        Assert.Equal(HttpStatusCode.OK, (await Tenders.PostAsync(factory.CreateClient(), $"/exchange/v1/tenders/{code}/complaints", complaint, "audit-c-" + code)).StatusCode);

        var entry = (await EntriesAsync(factory, code)).Last();
        Assert.Equal(AuditActions.ComplaintReceived, Action(entry));
        Assert.StartsWith(DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            entry.GetProperty("occurredAt").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("2020-01-02", Facts(entry).GetProperty("receivedAt").GetString(), StringComparison.Ordinal);

        var html = await (await BrowserSession.SignedInAsync(factory, "bureau", "bureau-demo")).GetAsync($"/audit?action={AuditActions.ComplaintReceived}&subject={code}");
        var text = await html.TextAsync();
        Assert.Contains("受理投诉", text, StringComparison.Ordinal);
        Assert.Contains("收到时间（所报）", text, StringComparison.Ordinal);
        Assert.Contains("投标人甲", text, StringComparison.Ordinal);
        Assert.DoesNotContain("{&quot;", text, StringComparison.Ordinal);
        Assert.DoesNotContain("最高投标限价备案</strong>", text, StringComparison.Ordinal);
        Assert.Contains("未找到符合筛选条件的记录", await (await (await BrowserSession.SignedInAsync(factory, "bureau", "bureau-demo")).GetAsync("/audit?actor=nobody")).TextAsync(), StringComparison.Ordinal);
    }
}
