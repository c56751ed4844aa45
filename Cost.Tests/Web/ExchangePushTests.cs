using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Cost.Silos.Exchange;
using Cost.Silos.Hosting;
using Cost.Silos.ReadModels;
using Cost.Web.Exchange;
using Microsoft.Extensions.DependencyInjection;

namespace Cost.Tests.Web;

/// <summary>
/// Complaints and reviews (GB/T 50500-2013 §5.3), push notices to the platform's URL, the per-client
/// rate limit and secret rotation, on a front whose platform client listens for notices.
/// </summary>
public sealed class ExchangePushTests(ExchangePushFactory factory) : IClassFixture<ExchangePushFactory>
{
    private const string Firm = "91610113MA6W8K3Q77";

    private PushDispatcher Dispatcher => factory.Services.GetRequiredService<PushDispatcher>();

    [Fact]
    public async Task A_complaint_beyond_three_percent_forces_a_revision_the_platform_is_told_of_and_sees_in_the_feed()
    {
        var (code, total) = await Tenders.FiledAsync(factory, publish: true);
        var scoreBefore = await ScoreAsync();
        var bureau = await factory.SignedInAsync("bureau", "bureau-demo");
        var id = await ComplainAsync(bureau, code);

        var review = await ReviewAsync(bureau, code, id, Tenders.Repriced(1.10m));

        Assert.Equal("upheld", review.GetProperty("status").GetString());
        Assert.Equal(2, review.GetProperty("revisedVersion").GetInt32());
        Assert.Equal(15, review.GetProperty("deadlineExtensionDays").GetInt32());
        var figures = review.GetProperty("review");
        Assert.Equal(total, figures.GetProperty("publishedTotal").GetDecimal());
        Assert.True(figures.GetProperty("deviation").GetDecimal() > 0.03m);
        Assert.All(figures.GetProperty("units").EnumerateArray(), u => Assert.True(u.GetProperty("deviation").GetDecimal() > 0m));

        var platform = await (await factory.CreateClient().SendAsync(new PlatformSigner().Get($"/exchange/v1/tenders/{code}/ceiling-price"))).JsonAsync();
        Assert.Equal(2, platform.GetProperty("version").GetInt32());
        Assert.Equal(figures.GetProperty("reviewedTotal").GetDecimal(), platform.GetProperty("total").GetDecimal());
        Assert.Equal([1, 2], await FeedVersionsAsync(code));

        await Dispatcher.DispatchDueAsync(DateTimeOffset.UtcNow);
        Assert.Contains(factory.Listener.Received, n => n.Verified && n.Answered == 200
            && n.Notice.GetProperty("kind").GetString() == ExchangeEvents.CeilingPriceRevised
            && n.Notice.GetProperty("data").TryGetProperty("tenderCode", out var c) && c.GetString() == code
            && n.Notice.GetProperty("data").GetProperty("version").GetInt32() == 2);
        // B01 is raised and notified to the compiling firm; the score moves only once it is decided and publicised.
        Assert.Equal(scoreBefore, await ScoreAsync());
        var b01 = (await (await bureau.GetAsync($"/api/firms/{Firm}/file")).JsonAsync()).GetProperty("records").EnumerateArray()
            .Single(r => r.Text("ruleCode") == "B01" && r.Text("linkUrl") == $"/projects/{code}");
        Assert.Equal("notified", b01.Text("status"));
        Assert.Contains("维持：修订为第 2 版", await bureau.GetStringAsync($"/projects/{code}"));
        Assert.Contains("最高投标限价修订", await bureau.GetStringAsync("/exchange/deliveries"));
        Assert.Equal(HttpStatusCode.Conflict, (await bureau.PostAsync($"/api/projects/{code}/complaints/{id}/review", Form(Tenders.Repriced(1.10m)))).StatusCode);
    }

    [Fact]
    public async Task A_complaint_within_three_percent_is_dismissed_with_the_figures_and_the_price_stays()
    {
        var (code, _) = await Tenders.FiledAsync(factory);
        var bureau = await factory.SignedInAsync("bureau", "bureau-demo");
        var id = await ComplainAsync(bureau, code);

        var review = await ReviewAsync(bureau, code, id, Tenders.Repriced(1.002m));

        Assert.Equal("dismissed", review.GetProperty("status").GetString());
        Assert.False(review.TryGetProperty("revisedVersion", out _));
        Assert.True(Math.Abs(review.GetProperty("review").GetProperty("deviation").GetDecimal()) <= 0.01m);
        Assert.True(review.GetProperty("review").GetProperty("withinGoodTolerance").GetBoolean());
        Assert.Equal([1], await FeedVersionsAsync(code));
        var list = await (await bureau.GetAsync($"/api/projects/{code}/complaints")).JsonAsync();
        Assert.Equal("dismissed", Assert.Single(list.GetProperty("items").EnumerateArray()).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Publications_and_filings_are_pushed_signed_and_an_unacknowledged_notice_is_retried_with_backoff()
    {
        var now = DateTimeOffset.UtcNow;
        await Dispatcher.DispatchDueAsync(now);
        Assert.Contains(factory.Listener.Received, n => n.Verified && n.Notice.GetProperty("kind").GetString() == ExchangeEvents.InfoPricesPublished);

        // Everything due was delivered above: the next notice about a tender is this filing's.
        factory.Listener.FailNextWhere = body => body.Contains("\"tenderCode\"", StringComparison.Ordinal);
        var (code, _) = await Tenders.FiledAsync(factory);
        await Dispatcher.DispatchDueAsync(now);
        var pending = await DeliveryAsync(factory.Services.GetRequiredService<DeliveryLog>(), code);
        Assert.Null(pending.DeliveredAt);
        Assert.Equal(1, pending.Attempts);
        Assert.Equal(503, pending.LastStatus);
        Assert.True(pending.NextAttemptAt > now);

        await Dispatcher.DispatchDueAsync(now);
        Assert.Equal(1, (await DeliveryAsync(factory.Services.GetRequiredService<DeliveryLog>(), code)).Attempts);

        // A restarted process reads the same outbox: the notice is still there, due after the backoff.
        var restarted = new PushOutbox(factory.Services.GetRequiredService<CostDatabase>());
        Assert.Contains(await restarted.DueAsync(now.AddHours(1), 1000), d => d.PayloadJson.Contains(code, StringComparison.Ordinal));
        await Dispatcher.DispatchDueAsync(now.AddHours(1));
        var delivered = await DeliveryAsync(new DeliveryLog(factory.Services.GetRequiredService<CostDatabase>()), code);
        Assert.NotNull(delivered.DeliveredAt);
        Assert.Equal(2, delivered.Attempts);
        Assert.Contains(factory.Listener.Received, n => n.Verified && n.Answered == 200
            && n.Notice.GetProperty("data").TryGetProperty("tenderCode", out var c) && c.GetString() == code);
    }

    [Fact]
    public async Task A_client_over_its_rate_limit_gets_429_with_retry_after()
    {
        var signer = new PlatformSigner("limited", "limited-secret");
        var responses = new List<HttpResponseMessage>();
        for (var i = 0; i < 4; i++)
        {
            responses.Add(await factory.CreateClient().SendAsync(signer.Get("/exchange/v1/tenders/XA-2026-0001/ceiling-price")));
        }

        Assert.All(responses.Take(3), r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(HttpStatusCode.TooManyRequests, responses[3].StatusCode);
        Assert.NotNull(responses[3].Headers.RetryAfter);
    }

    [Fact]
    public async Task During_a_rotation_both_the_new_and_the_previous_secret_are_accepted()
    {
        const string path = "/exchange/v1/tenders/XA-2026-0001/ceiling-price";
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().SendAsync(new PlatformSigner("hook", ExchangePushFactory.HookSecret).Get(path))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().SendAsync(new PlatformSigner("hook", "hook-secret-2025").Get(path))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateClient().SendAsync(new PlatformSigner("hook", "hook-secret-2024").Get(path))).StatusCode);
    }

    private static async Task<string> ComplainAsync(HttpClient bureau, string code)
    {
        var created = await bureau.PostAsJsonAsync($"/api/projects/{code}/complaints", new { complainantName = "某投标人", reason = "清单计价偏低" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (await created.JsonAsync()).GetProperty("id").GetString()!;
    }

    private static async Task<JsonElement> ReviewAsync(HttpClient bureau, string code, string id, byte[] workbook)
    {
        var response = await bureau.PostAsync($"/api/projects/{code}/complaints/{id}/review", Form(workbook));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.JsonAsync();
    }

    private static MultipartFormDataContent Form(byte[] workbook) => new() { { new ByteArrayContent(workbook), "file", "复核.xlsx" } };

    private async Task<decimal> ScoreAsync() =>
        (await (await factory.CreateClient().GetAsync($"/api/public/firms/{Firm}")).JsonAsync()).GetProperty("score").GetDecimal();

    private async Task<List<int>> FeedVersionsAsync(string code)
    {
        var versions = new List<int>();
        var after = "";
        while (true)
        {
            var page = await (await factory.CreateClient().SendAsync(new PlatformSigner().Get($"/exchange/v1/ceiling-prices?limit=500{after}"))).JsonAsync();
            var items = page.GetProperty("items").EnumerateArray().ToList();
            versions.AddRange(items.Where(i => i.GetProperty("tenderCode").GetString() == code).Select(i => i.GetProperty("version").GetInt32()));
            if (items.Count == 0)
            {
                return versions;
            }

            after = $"&after={page.GetProperty("next").GetString()}";
        }
    }

    private static async Task<PendingDelivery> DeliveryAsync(DeliveryLog store, string code) =>
        Assert.Single(await store.RecentAsync(1000), d => d.ClientId == "hook" && d.PayloadJson.Contains(code, StringComparison.Ordinal));
}
