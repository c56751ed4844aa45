namespace Cost.Web.Prices;

/// <summary>
/// Checks a price route's {region} and {period} once for the whole route group: 400 "地区或月份有误。"
/// naming the bad field when the region is not in data/regions.json or the month is not yyyy-MM.
/// </summary>
public sealed class RegionPeriodFilter(PriceOperations operations) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var (region, period) = RegionPeriod.Read(context.HttpContext);
        var located = operations.Locate(region, period);
        return located.Succeeded ? await next(context) : located.Problem();
    }
}
