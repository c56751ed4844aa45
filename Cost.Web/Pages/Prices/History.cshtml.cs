using System.Collections.Immutable;
using Cost.Domain;
using Cost.Domain.Prices;
using Cost.Silos.Hosting;
using Cost.Silos.ReadModels;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cost.Web.Pages.Prices;

/// <summary>One resource's published prices over the last 12, 24 (default), 36 months or all, as a chart and a table.</summary>
public sealed class PriceHistoryModel(PriceQueries store, ReferenceData reference, ResourceCatalogue catalogue) : PageModel
{
    public const int Months = 24;

    public string Region { get; private set; } = "";

    public string RegionName => reference.RegionName(Region) ?? Region;

    public Resource? Resource { get; private set; }

    public ImmutableArray<(YearMonth Period, InfoPrice Price)> Points { get; private set; } = [];

    /// <summary>The ranges a visitor can choose (months; 0 = all), and the one shown.</summary>
    public static readonly int[] Ranges = [12, 24, 36, 0];

    public int Range { get; private set; } = Months;

    /// <summary>How many other specs of the same code a visitor can draw beside this one.</summary>
    public const int MaxCompared = 3;

    /// <summary>The other specs of the same resource code, which the page offers to compare.</summary>
    public ImmutableArray<Resource> OtherSpecs { get; private set; } = [];

    /// <summary>The specs drawn beside this one (tax-inclusive price by month of <see cref="Points"/>), at most <see cref="MaxCompared"/>.</summary>
    public ImmutableArray<(string Spec, IReadOnlyList<double?> Prices)> Compared { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string? region, string? code, string? spec, string? range, string[]? compare)
    {
        Range = range == "all" ? 0 : int.TryParse(range, out var r) && Ranges.Contains(r) ? r : Months;
        Region = region is not null && reference.RegionName(region) is not null ? region : "610100";
        Resource = code is null ? null : catalogue.Find(code, spec ?? "");
        if (Resource is null)
        {
            return NotFound();
        }

        var history = await store.HistoryAsync(Region, Resource.Code, Resource.Spec);
        Points = [.. Range == 0 ? history : history.Skip(Math.Max(0, history.Length - Range))];
        OtherSpecs = [.. catalogue.FindByCode(Resource.Code).Where(r => r.Spec != Resource.Spec)];
        var chosen = (compare ?? []).Distinct(StringComparer.Ordinal).Where(s => OtherSpecs.Any(r => r.Spec == s)).Take(MaxCompared);
        var compared = ImmutableArray.CreateBuilder<(string, IReadOnlyList<double?>)>();
        foreach (var other in chosen)
        {
            var prices = (await store.HistoryAsync(Region, Resource.Code, other)).ToDictionary(p => p.Period, p => (double?)p.Price.PriceInclTax);
            compared.Add((other, Points.Select(p => prices.GetValueOrDefault(p.Period)).ToList()));
        }

        Compared = compared.ToImmutable();
        return Page();
    }
}
