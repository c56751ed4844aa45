using Cost.Domain;

namespace Cost.Web.Prices;

/// <summary>
/// The {region} and {period} (yyyy-MM) of a price route. Bound from the route as it is;
/// <see cref="RegionPeriodFilter"/> refuses a request whose region or month is unknown before its handler runs.
/// </summary>
public sealed record RegionPeriod(string Region, YearMonth Period)
{
    public static ValueTask<RegionPeriod?> BindAsync(HttpContext http)
    {
        var (region, period) = Read(http);
        // A month that does not parse binds as default; the filter answers 400 before any handler sees it.
        var month = YearMonth.TryParse(period, out var parsed) ? parsed : default;
        return ValueTask.FromResult<RegionPeriod?>(new RegionPeriod(region, month));
    }

    /// <summary>The route's region and period as written.</summary>
    public static (string Region, string Period) Read(HttpContext http) =>
        (http.GetRouteValue("region") as string ?? "", http.GetRouteValue("period") as string ?? "");
}
