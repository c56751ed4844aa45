using Cost.Domain.Pricing;
using Cost.Domain.Reviews;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Cost.Tests.Domain.Reviews;

public class CeilingPriceReviewTests
{
    private static readonly ReviewRules Rules = ReviewRules.Default;

    private static CeilingPrice Price(params (string Name, decimal Total)[] units) =>
        new("GB/T50500-2024", [.. units.Select(u => new UnitWorkPrice(u.Name, u.Total, 0, 0, 0, 0, 0, 0))]);

    [Fact]
    public void Beyond_three_percent_the_complaint_is_upheld()
    {
        var figures = CeilingPriceReview.Compare(Price(("土建", 600_000m), ("安装", 400_000m)), Price(("土建", 640_000m), ("安装", 400_000m)), Rules);
        Assert.Equal(ReviewDecision.Upheld, figures.Decision);
        Assert.Equal(0.04m, figures.Deviation);
        Assert.Equal(40_000m / 600_000m, figures.Units[0].Deviation);
        Assert.Equal(0m, figures.Units[1].Deviation);
        Assert.False(figures.WithinGoodTolerance);
    }

    [Fact]
    public void Exactly_three_percent_is_dismissed()
    {
        var figures = CeilingPriceReview.Compare(Price(("土建", 1_000_000m)), Price(("土建", 970_000m)), Rules);
        Assert.Equal(ReviewDecision.Dismissed, figures.Decision);
        Assert.Equal(-0.03m, figures.Deviation);
    }

    [Fact]
    public void Within_one_percent_earns_the_good_review()
    {
        var figures = CeilingPriceReview.Compare(Price(("土建", 1_000_000m)), Price(("土建", 1_009_000m)), Rules);
        Assert.Equal(ReviewDecision.Dismissed, figures.Decision);
        Assert.True(figures.WithinGoodTolerance);
    }

    [Fact]
    public void A_unit_work_missing_from_the_publication_has_no_deviation()
    {
        var figures = CeilingPriceReview.Compare(Price(("土建", 1_000_000m)), Price(("土建", 1_000_000m), ("安装", 5_000m)), Rules);
        Assert.Null(Assert.Single(figures.Units, u => u.Name == "安装").Deviation);
    }

    [Property(MaxTest = 300)]
    public Property The_decision_is_upheld_exactly_when_the_deviation_exceeds_the_tolerance() =>
        Prop.ForAll(Arb.From(Gen.Choose(1, 100_000_000)), Arb.From(Gen.Choose(0, 200_000_000)), (published, reviewed) =>
        {
            var figures = CeilingPriceReview.Compare(Price(("a", published / 100m)), Price(("a", reviewed / 100m)), Rules);
            var beyond = Math.Abs(reviewed - published) * 100m > 3m * published;
            return (figures.Decision == ReviewDecision.Upheld) == beyond
                && figures.Units.Sum(u => u.Reviewed) == figures.ReviewedTotal;
        });
}
