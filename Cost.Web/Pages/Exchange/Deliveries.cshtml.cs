using Cost.Silos.Exchange;
using Cost.Silos.ReadModels;
using Cost.Web.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cost.Web.Pages.Exchange;

/// <summary>The bureau's log of push notices to the platform: what was sent where, how often, and whether it was acknowledged.</summary>
[Authorize(Policy = Policies.BureauOnly)]
public sealed class DeliveriesModel(DeliveryLog deliveries) : PageModel
{
    public IReadOnlyList<PendingDelivery> Items { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Items = await deliveries.RecentAsync(200, cancellationToken);

    /// <summary>The notice kind in Chinese.</summary>
    public static string KindName(string kind) => kind switch
    {
        ExchangeEvents.CeilingPriceFiled => "最高投标限价备案",
        ExchangeEvents.CeilingPriceRevised => "最高投标限价修订",
        ExchangeEvents.InfoPricesPublished => "信息价发布",
        ExchangeEvents.CeilingPriceStale => "信息价变动预警",
        _ => kind,
    };
}
