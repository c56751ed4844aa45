using Cost.Contracts;
using Cost.Domain.Bidding;
using Cost.Domain.Reviews;
using Cost.Silos.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;

namespace Cost.Tests.Contracts;

/// <summary>The exchange's grain messages survive Orleans serialization whole.</summary>
public class ExchangeSerializationTests
{
    private static readonly Serializer Serializer = new ServiceCollection().AddCostSerialization().BuildServiceProvider().GetRequiredService<Serializer>();
    private static readonly DateTimeOffset At = new(2026, 12, 1, 9, 0, 0, TimeSpan.FromHours(8));
    private static readonly IdempotentRequest Request = new("platform", "k1", "/exchange/v1/tenders/X/bid-openings", new string('a', 64));

    private static T RoundTrip<T>(T value) => Serializer.Deserialize<T>(Serializer.SerializeToArray(value))!;

    [Fact]
    public void An_opening_and_an_award_round_trip()
    {
        var opening = new BidOpening(Request, At, [new Bid("91610113MA6W8K3Q77", "乙", 10_900_000.00m)]);
        var copy = RoundTrip(opening);
        Assert.Equal(opening.Request, copy.Request);
        Assert.Equal(opening.OpenedAt, copy.OpenedAt);
        Assert.True(opening.Bids.SequenceEqual(copy.Bids));

        var award = new AwardNotice(Request, "91610113MA6W8K3Q77", "乙", 10_900_000.00m, At);
        Assert.Equal(award, RoundTrip(award));
        Assert.Equal(GrainResult.Done("{}"), RoundTrip(GrainResult.Done("{}")));
        Assert.Equal(GrainResult.Conflict<string>("已开标"), RoundTrip(GrainResult.Conflict<string>("已开标")));
        Assert.Equal(GrainResult.Conflict<string>("已开标", ProblemSlugs.AlreadyOpened), RoundTrip(GrainResult.Conflict<string>("已开标", ProblemSlugs.AlreadyOpened)));
    }

    [Fact]
    public void A_decided_complaint_round_trips()
    {
        var figures = new ReviewFigures(100m, 110m, 0.1m, [new UnitDeviation("土建", 100m, 110m, 0.1m)], ReviewDecision.Upheld, false);
        var view = new ComplaintView("c1", "X", 1, "bureau", "甲", null, "偏低", At, "bureau", "upheld", figures, "复核.xlsx", 2, 15, At, "bureau");

        var copy = RoundTrip(GrainResult.Done(view)).Value!;

        Assert.Equal(view with { Review = null }, copy with { Review = null });
        Assert.True(figures.Units.SequenceEqual(copy.Review!.Units));
        Assert.Equal(figures.Deviation, copy.Review.Deviation);
        Assert.Equal(new NewComplaint("platform", "甲", null, "偏低", At, "exchange:platform", Request),
            RoundTrip(new NewComplaint("platform", "甲", null, "偏低", At, "exchange:platform", Request)));
    }
}
