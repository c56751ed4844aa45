using System.Collections.Immutable;
using Cost.Domain.PriceIndices;
using Cost.Silos.Hosting;
using Cost.Web.Indices;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cost.Web.Pages.Indices;

/// <summary>One index: its history (up to 36 months), a 3-month Holt forecast with its 95 % interval, and the forecast's back-test against the naive forecast.</summary>
public sealed class IndexDetailModel(PublishedIndices published, ReferenceData reference) : PageModel
{
    public const int Horizon = 3, BacktestMonths = 12;

    public string Region { get; private set; } = PublishedIndices.CityRegion;

    public string RegionName => reference.RegionName(Region) ?? Region;

    public string Name { get; private set; } = "";

    public string Code { get; private set; } = "";

    public CompositeBasket? Basket { get; private set; }

    public ImmutableArray<PriceIndex> History { get; private set; } = [];

    public ForecastResult? Forecast { get; private set; }

    public BacktestResult? Backtest { get; private set; }

    public async Task<IActionResult> OnGetAsync(string indexCode, string? region, CancellationToken cancellationToken)
    {
        Region = published.Region(region);
        if (published.Baskets.NameOf(indexCode) is not { } name)
        {
            return NotFound();
        }

        (Code, Name) = (indexCode, name);
        Basket = published.Baskets.Composite.FirstOrDefault(c => c.Code == indexCode);
        var all = (await published.SeriesAsync(Region, null, cancellationToken)).GetValueOrDefault(indexCode, []);
        History = [.. all.Skip(Math.Max(0, all.Length - IndicesModel.Months))];
        var values = all.Select(i => i.FixedBase).ToList();
        Forecast = HoltForecast.Forecast(values, Horizon);
        Backtest = HoltForecast.Backtest(values, BacktestMonths);
        return Page();
    }
}
