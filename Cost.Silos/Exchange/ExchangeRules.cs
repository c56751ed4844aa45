using Cost.Domain.Bidding;
using Cost.Domain.Reviews;
using Cost.Silos.Hosting;
using Cost.Silos.ReadModels;
using Cost.Silos.Store;
using Microsoft.Extensions.DependencyInjection;

namespace Cost.Silos.Exchange;

/// <summary>
/// The bid-review signals (data/bid-review.json) and the complaint and review parameters
/// (data/ceiling-price-review.json), read once at start-up. The file's restricted bidders are only the list a store
/// starts with (<see cref="InitialRestrictions"/>): the bureau keeps the list in the store from then on.
/// </summary>
public static class ExchangeRules
{
    public static IServiceCollection AddExchangeRules(this IServiceCollection services, DataFolder data)
    {
        var bids = data.Read<BidReviewFile>("bid-review.json");
        services.AddSingleton(new BidReviewRules(bids.AbnormallyLowShare, bids.DeviationMinimumBids, bids.DeviationLimit,
            bids.UniformRatioBand, bids.UniformRatioMinimumBids, []));
        services.AddSingleton(new InitialRestrictions([.. bids.RestrictedBidders.Select(r =>
            new InitialRestrictions.Entry(r.CreditCode.Trim(), r.Name ?? r.CreditCode.Trim(), r.Reason ?? "限制投标"))]));
        services.AddSingleton<RestrictionStore>();
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
