using System.Net;
using System.Net.Http.Json;
using Cost.Domain.Bidding;
using Cost.Tests.Domain.Credit;

namespace Cost.Tests.Web;

/// <summary>
/// The list of firms barred from bidding lives in the store: the bureau adds and lifts restrictions, and the next bid
/// opening flags (or no longer flags) the firm — no restart.
/// </summary>
public sealed class RestrictionTests(CostWebFactory factory) : IClassFixture<CostWebFactory>
{
    private static readonly DateTimeOffset Noon = new(2026, 12, 5, 12, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public async Task A_restriction_added_on_the_page_flags_the_next_opening_and_lifting_it_clears_the_flag()
    {
        var bureau = await BrowserSession.SignedInAsync(factory, "bureau", "bureau-demo");
        var firm = CreditBuilder.Code(40_000_000 + Random.Shared.Next(1, 999_999));
        var added = await bureau.FollowAsync(await bureau.PostFormAsync("/credit/restrictions?handler=Add", new Dictionary<string, string>
        {
            ["creditCode"] = firm, ["name"] = "西安某串标建筑有限公司", ["reason"] = "串通投标，行政处罚期内限制投标", ["source"] = "西建罚〔2026〕12号",
        }));
        Assert.Contains("西安某串标建筑有限公司，下一次开标即标注", await added.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        Assert.Contains("bidder-restricted", await FlagsAsync(firm));

        var api = await factory.BureauAsync();
        var listed = (await (await api.GetAsync("/api/restrictions")).JsonAsync()).GetProperty("items").EnumerateArray().First(r => r.Text("creditCode") == firm);
        Assert.True(listed.GetProperty("inForce").GetBoolean());
        var lifted = await api.PostAsJsonAsync($"/api/restrictions/{listed.GetProperty("id").GetInt64()}/lift", new { reason = "处罚期满提前解除" });
        Assert.Equal(HttpStatusCode.OK, lifted.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await api.PostAsJsonAsync($"/api/restrictions/{listed.GetProperty("id").GetInt64()}/lift", new { reason = "再次解除一下" })).StatusCode);

        Assert.DoesNotContain("bidder-restricted", await FlagsAsync(firm));
    }

    [Fact]
    public async Task The_data_files_list_is_taken_over_once_and_bad_requests_name_their_fields()
    {
        var api = await factory.BureauAsync();
        var items = (await (await api.GetAsync("/api/restrictions")).JsonAsync()).GetProperty("items").EnumerateArray().ToList();
        Assert.Contains(items, r => r.Text("creditCode") == "916101042002345651" && r.Text("source") == "data/bid-review.json");

        var bad = await api.PostAsJsonAsync("/api/restrictions", new { creditCode = "91610000XXXXXXXXXX", name = "", reason = "短", from = "2026-13-01", until = "2026-01-01" });

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var fields = (await bad.JsonAsync()).GetProperty("errors").EnumerateArray().Select(e => e.Text("field")).ToHashSet();
        Assert.Superset(new HashSet<string?> { "creditCode", "name", "reason", "source", "from" }, fields);
    }

    [Theory]
    [InlineData("2026-12-05", null, null, true)]
    [InlineData("2026-12-06", null, null, false)]
    [InlineData("2026-11-01", "2026-12-04", null, false)]
    [InlineData("2026-11-01", "2026-12-05", null, true)]
    [InlineData("2026-11-01", null, "2026-12-05T11:59:00+08:00", false)]
    [InlineData("2026-11-01", null, "2026-12-05T12:01:00+08:00", true)]
    public void A_restriction_is_in_force_from_its_first_to_its_last_day_until_lifted(string from, string? until, string? lifted, bool inForce)
    {
        var restriction = new BidRestriction(1, "916101042002345651", "某公司", "理由理由理由", "文号", DateOnly.Parse(from, null),
            until is null ? null : DateOnly.Parse(until, null), "bureau", Noon.AddMonths(-2), lifted is null ? null : DateTimeOffset.Parse(lifted, null));

        Assert.Equal(inForce, restriction.InForceAt(Noon));
    }

    private async Task<List<string>> FlagsAsync(string bidder)
    {
        var (code, ceiling) = await Tenders.FiledAsync(factory);
        var body = new
        {
            openedAt = "2026-12-05T09:00:00+08:00",
            bids = new[] { new { bidderCreditCode = bidder, bidderName = "被限制的投标人", price = Math.Round(0.95m * ceiling, 2) } },
        };
        var answer = await (await Tenders.PostAsync(factory.CreateClient(), $"/exchange/v1/tenders/{code}/bid-openings", body, "open-" + code)).JsonAsync();
        return [.. answer.GetProperty("bids")[0].GetProperty("flags").EnumerateArray().Select(f => f.GetString()!)];
    }
}
