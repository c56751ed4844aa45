using Cost.Domain;

namespace Cost.Web.Prices;

/// <summary>
/// The {region} and {period} (yyyy-MM) of a price route, bound with [AsParameters] so the API document
/// keeps both path parameters. <see cref="RegionPeriodFilter"/> refuses an unknown region or a malformed
/// month before the handler runs, so a handler reads <see cref="Month"/> without checking again.
/// </summary>
public readonly record struct RegionPeriod(string Region, string Period)
{
    public YearMonth Month => YearMonth.Parse(Period);

    /// <summary>The route's region and period as written.</summary>
    public static (string Region, string Period) Read(HttpContext http) =>
        (http.GetRouteValue("region") as string ?? "", http.GetRouteValue("period") as string ?? "");
}
