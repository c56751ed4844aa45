using System.Collections.Immutable;
using Cost.Silos.Hosting;
using Cost.Web.Indicators;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cost.Web.Pages.Indicators;

/// <summary>Cost indicators of filed projects by type, filtered by region and filing year, at filed or today's prices.</summary>
public sealed class IndicatorsModel(IndicatorOperations operations, ReferenceData reference) : PageModel
{
    public ReferenceData Reference => reference;

    public string? Region { get; private set; }

    public int? Year { get; private set; }

    public bool TodayPrices { get; private set; }

    public ImmutableArray<int> Years { get; private set; } = [];

    public IndicatorTable Table { get; private set; } = new(0, [], null);

    public async Task OnGetAsync(string? region, int? year, bool? today, CancellationToken cancellationToken)
    {
        Region = region is not null && reference.RegionName(region) is not null ? region : null;
        Year = year;
        TodayPrices = today ?? false;
        Years = await operations.YearsAsync(cancellationToken);
        Table = await operations.TableAsync(Region, Year, TodayPrices, cancellationToken);
    }
}
