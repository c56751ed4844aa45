using System.Net;
using System.Text;
using Cost.Exchange.Client;

namespace Cost.Tests.Web;

/// <summary>
/// The client library a platform engineer links (Cost.Exchange.Client) against the server: the README's platform
/// walk-through — the filed sample price, the change feed followed with a cursor kept in a file, a bid opening and an
/// award with their idempotency keys, the OCDS feed — and problems told apart by their kind.
/// </summary>
[Collection(WebSuite.Name)]
public sealed class ExchangeClientTests(CostWebFactory factory)
{
    private ExchangeClient Client(TimeProvider? clock = null) =>
        new(factory.CreateDefaultClient(new SigningHandler("platform", "platform-demo-secret", clock)));

    [Fact]
    public async Task The_platform_walk_through_runs_on_the_library()
    {
        var client = Client();

        var sample = await client.GetCeilingPriceAsync("XA-2026-0001");
        Assert.NotNull(sample);
        Assert.True(sample.Total > 0);
        Assert.Equal("CNY", sample.Currency);
        Assert.NotEmpty(sample.Units);
        Assert.Null(await client.GetCeilingPriceAsync("NO-SUCH-TENDER"));

        // Follow the feed with a cursor in a file: everything once, then nothing, then the new filing only.
        var cursorFile = Path.Combine(Path.GetTempPath(), $"cost-cursor-{Guid.NewGuid():N}");
        try
        {
            var seen = new List<(string, int)>();
            var follower = new FeedFollower(client, new FileCursorStore(cursorFile), pageSize: 2);
            Task Handle(CeilingPrice price, CancellationToken _)
            {
                seen.Add((price.TenderCode, price.Version));
                return Task.CompletedTask;
            }

            Assert.True(await follower.CatchUpAsync(Handle) > 0);
            Assert.Equal(seen.Count, seen.Distinct().Count());
            Assert.Equal(0, await new FeedFollower(client, new FileCursorStore(cursorFile)).CatchUpAsync(Handle));
            var (code, total) = await Tenders.FiledAsync(factory);
            Assert.Equal(1, await new FeedFollower(client, new FileCursorStore(cursorFile)).CatchUpAsync(Handle));
            Assert.Equal((code, 1), seen[^1]);

            // Open bids and award the valid one, each under the platform's key; the same call again answers the same.
            var price = Math.Round(total * 0.93m, 2);
            var opening = new BidOpeningRequest(DateTimeOffset.Now, [new Bid("91610113MA6W8K3Q77", "秦川造价（投标）", price)]);
            var opened = await client.OpenBidsAsync(code, opening, $"open-{code}");
            Assert.Equal("valid", Assert.Single(opened.Bids).Verdict);
            var repeated = await client.OpenBidsAsync(code, opening, $"open-{code}");
            Assert.Equal((opened.OpenedAt, opened.CeilingPrice, opened.CeilingVersion), (repeated.OpenedAt, repeated.CeilingPrice, repeated.CeilingVersion));
            Assert.Equal(opened.Bids.Select(b => (b.BidderCreditCode, b.Price, b.Verdict)), repeated.Bids.Select(b => (b.BidderCreditCode, b.Price, b.Verdict)));
            var award = new AwardRequest("91610113MA6W8K3Q77", "秦川造价（投标）", price, DateTimeOffset.Now);
            var awarded = await client.AwardAsync(code, award, $"award-{code}");
            Assert.Equal(Math.Round(price / total, 4), awarded.AwardRatio);
            Assert.Equal(awarded, await client.AwardAsync(code, award, $"award-{code}"));
            var again = await Assert.ThrowsAsync<ExchangeProblemException>(() => client.AwardAsync(code, award, $"award-{code}-2"));
            Assert.Equal(HttpStatusCode.Conflict, again.Status);
            Assert.Equal("already-awarded", again.Kind);

            // The OCDS feed to its end: packages, then null (nothing new yet).
            string? after = null;
            var releases = 0;
            while (await client.GetOcdsReleasesAsync(after, 50) is { } package)
            {
                Assert.Equal("1.1", package.Version);
                releases += package.Releases.Count;
                after = package.Next;
            }

            Assert.True(releases > 0);
        }
        finally
        {
            File.Delete(cursorFile);
        }
    }

    [Fact]
    public async Task A_clock_off_by_an_hour_is_the_stale_timestamp_problem_and_a_bad_field_is_named()
    {
        var late = await Assert.ThrowsAsync<ExchangeProblemException>(() => Client(new ShiftedClock(TimeSpan.FromHours(-1))).GetCeilingPriceAsync("XA-2026-0001"));
        Assert.Equal(HttpStatusCode.Unauthorized, late.Status);
        Assert.Equal("signature-stale-timestamp", late.Kind);

        var bad = await Assert.ThrowsAsync<ExchangeProblemException>(() => Client().GetCeilingPricesAsync(limit: 501));
        Assert.Equal(HttpStatusCode.BadRequest, bad.Status);
        Assert.Contains(bad.Errors, e => e.Field == "limit");
    }

    [Fact]
    public void A_push_notice_is_accepted_once_and_refused_when_replayed_tampered_or_old()
    {
        var clock = new ShiftedClock(TimeSpan.Zero);
        var receiver = new PushNoticeVerifier("platform", "platform-demo-secret", clock);
        var body = Encoding.UTF8.GetBytes("""{"id":7,"kind":"ceiling-price.filed","occurredAt":"2026-12-05T10:00:00+08:00","data":{}}""");
        using var notice = new HttpRequestMessage(HttpMethod.Post, "https://platform.example/cost/notices?x=1");
        ExchangeSignature.Apply(notice, "platform", "platform-demo-secret", body, clock.GetUtcNow());
        string? Header(string name) => notice.Headers.TryGetValues(name, out var values) ? values.Single() : null;

        Assert.Equal(PushVerdict.Accepted, receiver.Verify("POST", "/cost/notices?x=1", Header, body));
        Assert.Equal(PushVerdict.ReplayedNonce, receiver.Verify("POST", "/cost/notices?x=1", Header, body));
        Assert.Equal(PushVerdict.BadSignature, new PushNoticeVerifier("platform", "platform-demo-secret", clock).Verify("POST", "/cost/notices?x=1", Header, [.. body, 32]));
        Assert.Equal(PushVerdict.UnknownSender, new PushNoticeVerifier("other", "platform-demo-secret", clock).Verify("POST", "/cost/notices?x=1", Header, body));
        Assert.Equal(PushVerdict.StaleTimestamp,
            new PushNoticeVerifier("platform", "platform-demo-secret", new ShiftedClock(TimeSpan.FromMinutes(6))).Verify("POST", "/cost/notices?x=1", Header, body));
        Assert.Equal(PushVerdict.MissingHeader, receiver.Verify("POST", "/cost/notices?x=1", _ => null, body));
    }

    private sealed class ShiftedClock(TimeSpan shift) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + shift;
    }
}
