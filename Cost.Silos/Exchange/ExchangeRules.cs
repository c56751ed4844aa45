using Cost.Domain.Bidding;
using Cost.Domain.Reviews;
using Cost.Silos.Hosting;
using Cost.Silos.ReadModels;
using Microsoft.Extensions.DependencyInjection;

namespace Cost.Silos.Exchange;

/// <summary>
/// The bid-review signals (data/bid-review.json) and the complaint and review parameters
/// (data/ceiling-price-review.json), read once at start-up.
/// </summary>
public static class ExchangeRules
{
    public static IServiceCollection AddExchangeRules(this IServiceCollection services, DataFolder data)
    {
        var bids = data.Read<BidReviewFile>("bid-review.json");
        services.AddSingleton(new BidReviewRules(bids.AbnormallyLowShare, bids.DeviationMinimumBids, bids.DeviationLimit,
            bids.UniformRatioBand, bids.UniformRatioMinimumBids, [.. bids.RestrictedBidders.Select(r => r.CreditCode.Trim())]));
        services.AddSingleton(data.Read<ReviewRules>("ceiling-price-review.json"));
        services.AddSingleton<ExchangeStore>();
        services.AddSingleton<ComplaintStore>();
        services.AddSingleton<ComplaintQueries>();
        services.AddSingleton<PushOutbox>();
        services.AddSingleton<DeliveryLog>();
        services.AddSingleton<ExchangeQueries>();
        return services;
    }

    private sealed record BidReviewFile(
        decimal AbnormallyLowShare, int DeviationMinimumBids, double DeviationLimit, decimal UniformRatioBand, int UniformRatioMinimumBids,
        IReadOnlyList<RestrictedBidder> RestrictedBidders);

    private sealed record RestrictedBidder(string CreditCode, string? Name, string? Reason);
}
