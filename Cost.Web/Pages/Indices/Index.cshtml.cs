using System.Collections.Immutable;
using Cost.Domain;
using Cost.Domain.PriceIndices;
using Cost.Silos.Hosting;
using Cost.Web.Indices;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cost.Web.Pages.Indices;

/// <summary>One month's published indices: the table (fixed-base, chained, YoY), category contributions and a chart per index over the last 36 months.</summary>
public sealed class IndicesModel(PublishedIndices published, ReferenceData reference) : PageModel
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

    public async Task OnGetAsync(string? region, string? period, CancellationToken cancellationToken)
    {
        Region = published.Region(region);
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
