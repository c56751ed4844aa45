using System.Collections.Immutable;
using Cost.Domain;
using Cost.Domain.Prices;
using Cost.Silos.Hosting;
using Cost.Silos.ReadModels;
using Cost.Web.Prices;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cost.Web.Pages.Prices;

/// <summary>The public information prices: pick region and month, search, filter by category, see what changed.</summary>
public sealed class PricesModel(PriceQueries store, ReferenceData reference, ResourceCatalogue catalogue) : PageModel
{
    public ReferenceData Reference => reference;

    public ImmutableArray<string> Categories => catalogue.Categories;

    /// <summary>A price's basis (价格口径) from the catalogue, null for labour and machinery.</summary>
    public string? Basis(InfoPrice price) => catalogue.Find(price.ResourceCode, price.Spec)?.PriceBasis;

    public string Region { get; private set; } = Regions.City;

    public ImmutableArray<YearMonth> Periods { get; private set; } = [];

    public YearMonth? Period { get; private set; }

    public PublishedPrices? Published { get; private set; }

    public string? Query { get; private set; }

    public string? Category { get; private set; }

    public bool ChangesOnly { get; private set; }

    /// <summary>The rows shown, each with its price in the previous published month (上期价) and its change against it (null when new).</summary>
    public IReadOnlyList<(InfoPrice Price, decimal? Previous, decimal? Change)> Rows { get; private set; } = [];

    public async Task OnGetAsync(string? region, string? period, string? q, string? category, string? view)
    {
        Region = region is not null && reference.RegionName(region) is not null ? region : Regions.City;
        // A district's months are its own and the city's: where it published nothing, it shows the city's prices, marked.
        Periods = Region == Regions.City
            ? await store.PublishedPeriodsAsync(Region)
            : [.. (await store.PublishedPeriodsAsync(Region)).Union(await store.PublishedPeriodsAsync(Regions.City)).OrderDescending()];
        Period = YearMonth.TryParse(period, out var p) && Periods.Contains(p) ? p : Periods.IsEmpty ? null : Periods[0];
        (Query, Category, ChangesOnly) = (q?.Trim(), string.IsNullOrEmpty(category) ? null : category, view == "changes");
        if (Period is not { } month)
        {
            return;
        }

        Published = await PublishedPrices.ReadAsync(store, Region, month);
        var previous = MonthOnMonth.PreviousPrice(Periods.Where(x => x < month).Select(x => (YearMonth?)x).FirstOrDefault() is { } before
            ? (await PublishedPrices.ReadAsync(store, Region, before))?.Prices ?? []
            : []);
        var rows = Published!.Prices
            .Where(x => Category is null || x.Category == Category)
            .Where(x => string.IsNullOrEmpty(Query) || $"{x.ResourceCode} {x.Name} {x.Spec}".Contains(Query, StringComparison.OrdinalIgnoreCase))
            .Select(x => (Price: x, Previous: previous(x)))
            .Select(x => (x.Price, x.Previous, MonthOnMonth.Change(x.Price.PriceInclTax, x.Previous)));
        Rows = ChangesOnly
            ? [.. rows.Where(r => r.Item3 is not null and not 0m).OrderByDescending(r => Math.Abs(r.Item3!.Value))]
            : [.. rows];
    }
}
