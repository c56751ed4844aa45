using System.Collections.Immutable;
using Cost.Silos.Hosting;
using Cost.Web.Hosting;
using Cost.Web.Indices;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cost.Web.Pages.Indices;

/// <summary>The information-price adjustment (GB 50500-2013 appendix A.2) as a form over the same operation as the API.</summary>
[IgnoreAntiforgeryToken]
public sealed class InformationAdjustmentModel(InformationAdjustmentOperations operations, ReferenceData reference) : PageModel
{
    public const int Rows = 5;

    public ReferenceData Reference => reference;

    [BindProperty(SupportsGet = true)] public string? Region { get; set; }

    [BindProperty(SupportsGet = true)] public string?[] Codes { get; set; } = [];

    [BindProperty(SupportsGet = true)] public string?[] Specs { get; set; } = [];

    [BindProperty(SupportsGet = true)] public decimal?[] Quantities { get; set; } = [];

    [BindProperty(SupportsGet = true)] public decimal?[] BasePrices { get; set; } = [];

    [BindProperty(SupportsGet = true)] public decimal?[] BidPrices { get; set; } = [];

    [BindProperty(SupportsGet = true)] public decimal?[] RiskPercents { get; set; } = [];

    [BindProperty(SupportsGet = true)] public string?[] Periods { get; set; } = [];

    public Outcome<InformationAdjustmentAnswer>? Result { get; private set; }

    /// <summary>The value of column <paramref name="values"/> in row <paramref name="i"/>, or null past its end.</summary>
    public static T? At<T>(T?[] values, int i) => i < values.Length ? values[i] : default;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (Codes.Length == 0)
        {
            // An example a person can change: rebar bought against a base of 3,200 元/t, the bid at 3,300.
            (Region, Codes, Specs, Quantities, BasePrices, BidPrices, Periods) =
                ("610100", ["01010201"], ["HRB400E Φ12"], [120m], [3200m], [3300m], ["2026-10"]);
        }

        var items = Enumerable.Range(0, Codes.Length).Where(i => !string.IsNullOrWhiteSpace(Codes[i]))
            .Select(i => new InformationAdjustmentItemRequest(Codes[i], At(Specs, i), At(Quantities, i), At(BasePrices, i), At(BidPrices, i),
                At(RiskPercents, i), At(Periods, i)))
            .ToImmutableArray();
        Result = await operations.CalculateAsync(new InformationAdjustmentRequest(items, Region), cancellationToken);
    }
}
