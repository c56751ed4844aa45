using System.Net;
using System.Text.Json;
using Cost.Tests.Domain.Credit;

namespace Cost.Tests.Web;

/// <summary>Bid openings and awards from the platform (docs/exchange-api.md), through the signed API.</summary>
[Collection(WebSuite.Name)]
public sealed class ExchangeBiddingTests(CostWebFactory factory)
{
    private const string Restricted = "916101042002345651";

    private static object Opening(params (string Code, decimal Price)[] bids) => new
    {
        openedAt = "2026-12-01T09:00:00+08:00",
        bids = bids.Select(b => new { bidderCreditCode = b.Code, bidderName = "投标人" + b.Code[^4..], price = Math.Round(b.Price, 2) }),
    };

    private static string Code(int n) => CreditBuilder.Code(20_000_000 + n);

    private static async Task<JsonElement> OkJsonAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.JsonAsync();
    }

    [Fact]
    public async Task An_opening_answers_verdicts_and_flags_in_the_order_sent_and_locks_the_version()
    {
        var (code, ceiling) = await Tenders.FiledAsync(factory);
        var client = factory.CreateClient();
        var body = Opening(
            (Code(1), ceiling + 0.01m), (Code(2), Math.Round(0.95m * ceiling, 2)), (Code(3), Math.Round(0.95m * ceiling, 2)), ("91610000XXXXXXXXXX", 0.9m * ceiling),
            (Code(4), 0.5m * ceiling), (Restricted, 0.92m * ceiling), (Code(5), -1m),
            (Code(6), Math.Round(0.97m * ceiling, 2)), (Code(7), Math.Round(0.97m * ceiling, 2) + 10m), (Code(8), Math.Round(0.97m * ceiling, 2) + 20m));

        var answer = await OkJsonAsync(await Tenders.PostAsync(client, $"/exchange/v1/tenders/{code}/bid-openings", body, "open-" + code));

        Assert.Equal(ceiling, answer.GetProperty("ceilingPrice").GetDecimal());
        Assert.Equal(1, answer.GetProperty("ceilingVersion").GetInt32());
        var bids = answer.GetProperty("bids").EnumerateArray().ToList();
        Assert.Equal([Code(1), Code(2), Code(3), "91610000XXXXXXXXXX", Code(4), Restricted, Code(5), Code(6), Code(7), Code(8)],
            bids.Select(b => b.GetProperty("bidderCreditCode").GetString()));
        Assert.Equal(["above-ceiling", "valid", "valid", "invalid", "valid", "valid", "invalid", "valid", "valid", "valid"],
            bids.Select(b => b.GetProperty("verdict").GetString()));
        string[] Flags(int i) => [.. bids[i].GetProperty("flags").EnumerateArray().Select(f => f.GetString()!)];
        Assert.Contains("duplicate-price", Flags(1));
        Assert.Contains("duplicate-price", Flags(2));
        Assert.Contains("abnormally-low", Flags(4));
        Assert.Contains("bidder-restricted", Flags(5));
        Assert.All([7, 8, 9], i => Assert.Contains("uniform-ratio", Flags(i)));
        Assert.Empty(Flags(0));

        var platform = await factory.CreateClient().SendAsync(new PlatformSigner().Get($"/exchange/v1/tenders/{code}/ceiling-price"));
        Assert.Equal("locked", (await OkJsonAsync(platform)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task The_same_key_and_body_answer_the_same_and_store_one_opening_while_another_body_is_409()
    {
        var (code, ceiling) = await Tenders.FiledAsync(factory);
        var client = factory.CreateClient();
        var body = Opening((Code(1), ceiling - 1000m), (Code(2), ceiling - 2000m));
        var path = $"/exchange/v1/tenders/{code}/bid-openings";

        var first = await Tenders.PostAsync(client, path, body, "k-" + code);
        var again = await Tenders.PostAsync(client, path, body, "k-" + code);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(await first.TextAsync(), await again.TextAsync());
        Assert.Equal(1, await Tenders.CountAsync(factory, "SELECT COUNT(*) FROM bid_openings WHERE tender_code = @code", new { code }));
        await (await Tenders.PostAsync(client, path, Opening((Code(1), ceiling - 5m)), "k-" + code)).ProblemAsync(HttpStatusCode.Conflict, "idempotency-key-reused");
        await (await Tenders.PostAsync(client, path, body, "other-" + code)).ProblemAsync(HttpStatusCode.Conflict, "already-opened");
    }

    [Fact]
    public async Task Concurrent_retries_of_one_key_store_exactly_one_opening()
    {
        var (code, ceiling) = await Tenders.FiledAsync(factory);
        var body = Opening((Code(1), ceiling - 1000m), (Code(2), ceiling - 1000m));
        var path = $"/exchange/v1/tenders/{code}/bid-openings";

        var responses = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Tenders.PostAsync(factory.CreateClient(), path, body, "race-" + code)));

        Assert.All(responses, r => Assert.Contains(r.StatusCode, new[] { HttpStatusCode.OK, HttpStatusCode.Conflict }));
        var answers = await Task.WhenAll(responses.Where(r => r.StatusCode == HttpStatusCode.OK).Select(r => r.TextAsync()));
        Assert.NotEmpty(answers);
        Assert.Single(answers.Distinct());
        Assert.Equal(1, await Tenders.CountAsync(factory, "SELECT COUNT(*) FROM bid_openings WHERE tender_code = @code", new { code }));
    }

    [Fact]
    public async Task Unknown_or_unfiled_tenders_are_404()
    {
        var client = factory.CreateClient();
        var body = Opening((Code(1), 100m));
        Assert.Equal(HttpStatusCode.NotFound, (await Tenders.PostAsync(client, "/exchange/v1/tenders/NO-SUCH/bid-openings", body, "nf-1")).StatusCode);

        var consultant = await factory.ConsultantAsync();
        var code = $"U-{Guid.NewGuid():N}"[..20];
        await System.Net.Http.Json.HttpClientJsonExtensions.PostAsJsonAsync(consultant, "/api/projects",
            new { tenderCode = code, name = "未备案", region = "610113", projectType = "school" });
        Assert.Equal(HttpStatusCode.NotFound, (await Tenders.PostAsync(client, $"/exchange/v1/tenders/{code}/bid-openings", body, "nf-" + code)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Tenders.PostAsync(client, $"/exchange/v1/tenders/{code}/awards",
            new { winnerCreditCode = Code(1), winnerName = "甲", price = 1m, awardedAt = "2026-12-10T10:00:00+08:00" }, "nfa-" + code)).StatusCode);
    }

    [Fact]
    public async Task A_malformed_opening_is_400_naming_each_field_and_a_missing_key_is_400()
    {
        var (code, _) = await Tenders.FiledAsync(factory);
        var client = factory.CreateClient();
        var path = $"/exchange/v1/tenders/{code}/bid-openings";
        var bad = new { openedAt = "yesterday", bids = new object[] { new { bidderName = "甲", price = 1.234m }, new { bidderCreditCode = Code(1), price = "x" } } };

        var response = await Tenders.PostAsync(client, path, bad, "bad-" + code);

        var fields = (await response.ProblemAsync(HttpStatusCode.BadRequest, "validation")).GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("field").GetString()).ToHashSet();
        Assert.Superset(new HashSet<string?> { "openedAt", "bids[0].bidderCreditCode", "bids[0].price", "bids[1].bidderName", "bids[1].price" }, fields);
        await (await Tenders.PostAsync(client, path, Opening((Code(1), 1m)), null)).ProblemAsync(HttpStatusCode.BadRequest, "missing-idempotency-key");
        Assert.Equal(HttpStatusCode.BadRequest, (await Tenders.PostAsync(client, path, Opening((Code(1), 1m)), new string('k', 101))).StatusCode);
        Assert.Equal(0, await Tenders.CountAsync(factory, "SELECT COUNT(*) FROM bid_openings WHERE tender_code = @code", new { code }));
    }

    [Fact]
    public async Task An_award_is_stored_once_and_enters_the_ocds_feed()
    {
        var (code, ceiling) = await Tenders.FiledAsync(factory);
        var client = factory.CreateClient();
        var path = $"/exchange/v1/tenders/{code}/awards";
        var body = new { winnerCreditCode = Code(3), winnerName = "中标建设有限公司", price = ceiling - 100_000m, awardedAt = "2026-12-10T10:00:00+08:00" };
        await OkJsonAsync(await Tenders.PostAsync(client, $"/exchange/v1/tenders/{code}/bid-openings", Opening((Code(3), ceiling - 100_000m)), "ao-" + code));

        var award = await OkJsonAsync(await Tenders.PostAsync(client, path, body, "a-" + code));
        var repeat = await Tenders.PostAsync(client, path, body, "a-" + code);

        Assert.Equal(ceiling - 100_000m, award.GetProperty("price").GetDecimal());
        Assert.Equal(1, award.GetProperty("ceilingVersion").GetInt32());
        Assert.Equal(HttpStatusCode.OK, repeat.StatusCode);
        Assert.Equal(1, await Tenders.CountAsync(factory, "SELECT COUNT(*) FROM tender_awards WHERE tender_code = @code AND price = @price",
            new { code, price = (ceiling - 100_000m).ToString(System.Globalization.CultureInfo.InvariantCulture) }));
        await (await Tenders.PostAsync(client, path, body, "a2-" + code)).ProblemAsync(HttpStatusCode.Conflict, "already-awarded");
        var invalid = await Tenders.PostAsync(client, path, new { winnerCreditCode = "123", price = -1 }, "a3-" + code);
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);

        var releases = await ReleasesAsync(code);
        var tender = Assert.Single(releases, r => r.GetProperty("tag")[0].GetString() == "tender");
        Assert.Equal(ceiling, tender.GetProperty("tender").GetProperty("value").GetProperty("amount").GetDecimal());
        Assert.Equal("CNY", tender.GetProperty("tender").GetProperty("value").GetProperty("currency").GetString());
        var awarded = Assert.Single(releases, r => r.GetProperty("tag")[0].GetString() == "award");
        Assert.StartsWith("ocds-", awarded.GetProperty("ocid").GetString());
        Assert.Equal("tender", awarded.GetProperty("initiationType").GetString());
        var supplier = Assert.Single(awarded.GetProperty("awards")[0].GetProperty("suppliers").EnumerateArray());
        Assert.Equal("中标建设有限公司", supplier.GetProperty("name").GetString());
        Assert.Contains(awarded.GetProperty("parties").EnumerateArray(), p => p.GetProperty("id").GetString() == supplier.GetProperty("id").GetString());
    }

    [Fact]
    public async Task An_award_enters_its_types_award_ratio_at_once()
    {
        var (code, ceiling) = await Tenders.FiledAsync(factory);
        var client = factory.CreateClient();
        async Task<int> SchoolAwardsAsync() => (await (await client.GetAsync(new Uri("/api/public/indicators", UriKind.Relative))).JsonAsync())
            .GetProperty("items").EnumerateArray()
            .Where(c => c.GetProperty("projectType").GetString() == "school" && c.GetProperty("measure").GetString() == "award-ratio")
            .Select(c => c.GetProperty("count").GetInt32()).SingleOrDefault();
        var before = await SchoolAwardsAsync();
        await OkJsonAsync(await Tenders.PostAsync(client, $"/exchange/v1/tenders/{code}/bid-openings", Opening((Code(5), ceiling - 50_000m)), "ro-" + code));

        await OkJsonAsync(await Tenders.PostAsync(client, $"/exchange/v1/tenders/{code}/awards",
            new { winnerCreditCode = Code(5), winnerName = "中标建设有限公司", price = ceiling - 50_000m, awardedAt = "2026-12-10T10:00:00+08:00" }, "r-" + code));

        Assert.Equal(before + 1, await SchoolAwardsAsync());
    }

    [Fact]
    public async Task An_award_needs_the_opening_a_valid_bid_of_the_winner_at_its_price_and_no_more_than_the_ceiling()
    {
        var (code, ceiling) = await Tenders.FiledAsync(factory);
        var client = factory.CreateClient();
        var path = $"/exchange/v1/tenders/{code}/awards";
        var price = ceiling - 50_000m;
        object Award(string winner, decimal at) => new { winnerCreditCode = winner, winnerName = "中标人", price = at, awardedAt = "2026-12-10T10:00:00+08:00" };

        var unopened = await (await Tenders.PostAsync(client, path, Award(Code(1), price), "w0-" + code)).ProblemAsync(HttpStatusCode.Conflict, "award-without-opening");
        Assert.Contains(code, unopened.Text("detail"), StringComparison.Ordinal);
        await OkJsonAsync(await Tenders.PostAsync(client, $"/exchange/v1/tenders/{code}/bid-openings",
            Opening((Code(1), price), (Code(2), ceiling + 1m), (Code(3), -5m)), "wo-" + code));

        await (await Tenders.PostAsync(client, path, Award(Code(1), price - 1m), "w1-" + code)).ProblemAsync(HttpStatusCode.Conflict, "award-winner-not-a-valid-bid");
        await (await Tenders.PostAsync(client, path, Award(Code(4), price), "w2-" + code)).ProblemAsync(HttpStatusCode.Conflict, "award-winner-not-a-valid-bid");
        await (await Tenders.PostAsync(client, path, Award(Code(2), ceiling + 1m), "w3-" + code)).ProblemAsync(HttpStatusCode.Conflict, "award-above-ceiling");
        Assert.Equal(0, await Tenders.CountAsync(factory, "SELECT COUNT(*) FROM tender_awards WHERE tender_code = @code", new { code }));

        await OkJsonAsync(await Tenders.PostAsync(client, path, Award(Code(1), price), "w4-" + code));
        await (await Tenders.PostAsync(client, $"/exchange/v1/tenders/{code}/bid-openings", Opening((Code(1), price)), "wo2-" + code))
            .ProblemAsync(HttpStatusCode.Conflict, "opening-after-award");
    }

    [Fact]
    public async Task Nothing_new_in_the_ocds_feed_is_204_never_an_invalid_empty_package()
    {
        var (code, _) = await Tenders.FiledAsync(factory);
        Assert.NotEmpty(await ReleasesAsync(code));
        var first = await OkJsonAsync(await factory.CreateClient().SendAsync(new PlatformSigner().Get("/exchange/v1/ocds/releases?limit=1")));
        OcdsPackage.AssertValid(first);

        string next = first.GetProperty("links").GetProperty("next").GetString()!, last = first.GetProperty("next").GetString()!;
        while (true)
        {
            var response = await factory.CreateClient().SendAsync(new PlatformSigner().Get(new Uri(next).PathAndQuery));
            if (response.StatusCode == HttpStatusCode.NoContent)
            {
                break;
            }

            var page = await OkJsonAsync(response);
            OcdsPackage.AssertValid(page);
            (next, last) = (page.GetProperty("links").GetProperty("next").GetString()!, page.GetProperty("next").GetString()!);
        }

        var again = await factory.CreateClient().SendAsync(new PlatformSigner().Get($"/exchange/v1/ocds/releases?after={last}"));
        Assert.Equal(HttpStatusCode.NoContent, again.StatusCode);
    }

    [Fact]
    public async Task A_complaint_after_the_opening_is_refused()
    {
        var (code, ceiling) = await Tenders.FiledAsync(factory);
        var client = factory.CreateClient();
        var complaint = new { complainantName = "投标人甲", complainantCreditCode = Code(9), reason = "限价偏低" };
        Assert.Equal(HttpStatusCode.OK, (await Tenders.PostAsync(client, $"/exchange/v1/tenders/{code}/complaints", complaint, "c1-" + code)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Tenders.PostAsync(client, $"/exchange/v1/tenders/{code}/bid-openings", Opening((Code(1), ceiling)), "o-" + code)).StatusCode);

        var late = await Tenders.PostAsync(client, $"/exchange/v1/tenders/{code}/complaints", complaint, "c2-" + code);

        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.Contains("开标", (await late.JsonAsync()).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task The_openapi_document_describes_every_exchange_endpoint_and_flag()
    {
        var document = await factory.CreateClient().GetStringAsync("/openapi/v1.json");

        Assert.All(
            ["/exchange/v1/tenders/{tenderCode}/bid-openings", "/exchange/v1/tenders/{tenderCode}/awards", "/exchange/v1/tenders/{tenderCode}/complaints",
             "/exchange/v1/ocds/releases", "/api/projects/{tenderCode}/complaints/{complaintId}/review", "/api/projects/{tenderCode}/publish",
             "abnormally-low", "duplicate-price", "uniform-ratio", "bidder-restricted", "above-ceiling"],
            text => Assert.Contains(text, document, StringComparison.Ordinal));
    }

    private async Task<List<JsonElement>> ReleasesAsync(string code)
    {
        var all = new List<JsonElement>();
        string? after = null;
        while (true)
        {
            var query = after is null ? "/exchange/v1/ocds/releases?limit=500" : $"/exchange/v1/ocds/releases?after={after}&limit=500";
            var response = await factory.CreateClient().SendAsync(new PlatformSigner().Get(query));
            if (response.StatusCode == HttpStatusCode.NoContent)
            {
                Assert.Empty(await response.Content.ReadAsByteArrayAsync());
                return all;
            }

            var page = await OkJsonAsync(response);
            OcdsPackage.AssertValid(page);
            all.AddRange(page.GetProperty("releases").EnumerateArray().Where(r => r.GetProperty("tender").GetProperty("id").GetString() == code));
            after = page.GetProperty("next").GetString();
        }
    }
}
