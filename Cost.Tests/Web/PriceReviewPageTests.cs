namespace Cost.Tests.Web;

/// <summary>The review page offers each step of the month only when it can be taken.</summary>
[Collection(WebSuite.Name)]
public sealed class PriceReviewPageTests(CostWebFactory factory)
{
    [Fact]
    public async Task A_month_still_collecting_offers_closing_and_not_publishing()
    {
        var bureau = await BrowserSession.SignedInAsync(factory, "bureau", "bureau-demo");

        var html = await (await bureau.GetAsync("/prices/review?region=610100&period=2030-01")).Content.ReadAsStringAsync();

        Assert.Contains("截止采集并计算草稿", html, StringComparison.Ordinal);
        Assert.DoesNotContain("handler=Publish", html, StringComparison.Ordinal);
    }
}
