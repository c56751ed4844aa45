using System.Collections.Immutable;
using Cost.Web.Hosting;
using Cost.Web.Indices;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cost.Web.Pages.Indices;

/// <summary>The price adjustment calculator (GB/T 50500 appendix A.1) as a form over the same operation as the API.</summary>
[IgnoreAntiforgeryToken]
public sealed class AdjustmentModel(PriceAdjustmentOperations operations, PublishedIndices published) : PageModel
{
    public const int Rows = 6;

    public PublishedIndices Published => published;

    [BindProperty(SupportsGet = true)] public decimal? Amount { get; set; }

    [BindProperty(SupportsGet = true)] public decimal? FixedWeight { get; set; }

    [BindProperty(SupportsGet = true)] public string? BasePeriod { get; set; }

    [BindProperty(SupportsGet = true)] public string? CurrentPeriod { get; set; }

    [BindProperty(SupportsGet = true)] public string[] Codes { get; set; } = [];

    [BindProperty(SupportsGet = true)] public decimal?[] Weights { get; set; } = [];

    public Outcome<PriceAdjustmentAnswer>? Result { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (Amount is null)
        {
            // An example a person can change: a school's main categories over the sample years.
            var periods = await published.PeriodsAsync(PublishedIndices.CityRegion, cancellationToken);
            (Amount, FixedWeight) = (10_000_000m, 0.2m);
            (BasePeriod, CurrentPeriod) = periods.IsEmpty ? (null, null) : (periods[^1].ToString(), periods[0].ToString());
            (Codes, Weights) = (["labour", "steel", "concrete", "machinery"], [0.3m, 0.25m, 0.15m, 0.1m]);
        }

        var factors = Codes.Select((c, i) => (c, w: i < Weights.Length ? Weights[i] : null)).Where(x => !string.IsNullOrWhiteSpace(x.c))
            .Select(x => new AdjustmentFactorRequest(x.c, x.w)).ToImmutableArray();
        Result = await operations.CalculateAsync(new PriceAdjustmentRequest(Amount, FixedWeight, BasePeriod, CurrentPeriod, null, factors), cancellationToken);
    }
}
