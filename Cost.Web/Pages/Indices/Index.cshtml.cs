using System.Collections.Immutable;
using Cost.Domain;
using Cost.Domain.Indicators;
using Cost.Domain.PriceIndices;
using Cost.Silos.Hosting;
using Cost.Web.Indicators;
using Cost.Web.Indices;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cost.Web.Pages.Indices;

/// <summary>One month's published indices: the table (fixed-base, chained, YoY), category contributions, a chart per index over the last 12, 24, 36 (default) months or all, each on its own scale or one shared, and the tender price index.</summary>
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

    /// <summary>The ranges a visitor can choose (months; 0 = all published under the base).</summary>
    public static readonly int[] Ranges = [12, 24, 36, 0];

    public int Range { get; private set; } = Months;

    /// <summary>Whether the charts of the grid share one value scale (?scale=shared), so that their slopes compare.</summary>
    public bool SharedScale { get; private set; }

    /// <summary>The value range of every chart when they share one.</summary>
    public (double Low, double High)? Scale =>
        SharedScale && Series.Values.SelectMany(s => s).Any()
            ? (Series.Values.SelectMany(s => s).Min(i => i.FixedBase), Series.Values.SelectMany(s => s).Max(i => i.FixedBase))
            : null;

    /// <summary>How many months the charts actually show (fewer than the range when fewer are published).</summary>
    public int MonthsShown => Series.Values.Select(s => s.Length).DefaultIfEmpty(0).Max();

    /// <summary>This page with the region and month kept and the range or scale changed.</summary>
    public string Link(int range, bool shared) =>
        $"/indices?region={Region}&period={Period}&range={(range == 0 ? "all" : range.ToString(System.Globalization.CultureInfo.InvariantCulture))}{(shared ? "&scale=shared" : "")}";

    public async Task OnGetAsync(string? region, string? period, string? range, string? scale, CancellationToken cancellationToken)
    {
        Range = range == "all" ? 0 : int.TryParse(range, out var r) && Ranges.Contains(r) ? r : Months;
        SharedScale = scale == "shared";
        Region = published.Region(region);
        TenderPrices = Region == PublishedIndices.CityRegion ? await indicators.TenderPricesAsync(cancellationToken) : [];
        Periods = await published.PeriodsAsync(Region, cancellationToken);
        Period = YearMonth.TryParse(period, out var p) && Periods.Contains(p) ? p : Periods.IsEmpty ? null : Periods[0];
        if (Period is not { } month)
        {
            return;
        }

        Month = await published.MonthAsync(Region, month, cancellationToken);
        var all = await published.SeriesAsync(Region, Range == 0 ? BasePeriod : month.AddMonths(1 - Range), cancellationToken);
        Series = all.ToImmutableDictionary(kv => kv.Key, kv => kv.Value.Where(i => i.Period <= month).ToImmutableArray());
    }
}
