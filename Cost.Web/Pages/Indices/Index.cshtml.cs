using System.Collections.Immutable;
using Cost.Domain;
using Cost.Domain.Indicators;
using Cost.Domain.PriceIndices;
using Cost.Silos.Hosting;
using Cost.Web.Indicators;
using Cost.Web.Indices;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cost.Web.Pages.Indices;

/// <summary>One month's published indices: the table (fixed-base, chained, YoY), category contributions, a chart per index over the last 36 months and the tender price index.</summary>
public sealed class IndicesModel(PublishedIndices published, ReferenceData reference, IndicatorOperations indicators) : PageModel
{
    public const int Months = 36;

    public ReferenceData Reference => reference;

    public string Region { get; private set; } = PublishedIndices.CityRegion;

    public ImmutableArray<YearMonth> Periods { get; private set; } = [];

    public YearMonth? Period { get; private set; }

    public YearMonth BasePeriod => published.Baskets.BasePeriod;

    public ImmutableArray<PriceIndex> Month { get; private set; } = [];

    /// <summary>Each index's values up to the month shown, oldest first.</summary>
    public ImmutableDictionary<string, ImmutableArray<PriceIndex>> Series { get; private set; } = ImmutableDictionary<string, ImmutableArray<PriceIndex>>.Empty;

    /// <summary>The city's tender price index (empty for a district: awards are too few to split by district).</summary>
    public ImmutableArray<TenderPriceCell> TenderPrices { get; private set; } = [];

    public async Task OnGetAsync(string? region, string? period, CancellationToken cancellationToken)
    {
        Region = published.Region(region);
        TenderPrices = Region == PublishedIndices.CityRegion ? await indicators.TenderPricesAsync(cancellationToken) : [];
        Periods = await published.PeriodsAsync(Region, cancellationToken);
        Period = YearMonth.TryParse(period, out var p) && Periods.Contains(p) ? p : Periods.IsEmpty ? null : Periods[0];
        if (Period is not { } month)
        {
            return;
        }

        Month = await published.MonthAsync(Region, month, cancellationToken);
        var all = await published.SeriesAsync(Region, month.AddMonths(1 - Months), cancellationToken);
        Series = all.ToImmutableDictionary(kv => kv.Key, kv => kv.Value.Where(i => i.Period <= month).ToImmutableArray());
    }
}
