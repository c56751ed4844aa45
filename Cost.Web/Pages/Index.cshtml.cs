using System.Collections.Immutable;
using Cost.Domain;
using Cost.Domain.PriceIndices;
using Cost.Domain.Prices;
using Cost.Silos.ReadModels;
using Cost.Web.Indices;
using Cost.Web.Prices;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cost.Web.Pages;

/// <summary>The public home page: the latest information prices of key materials, the latest indices, the latest filed ceiling prices.</summary>
public sealed class IndexModel(TenderQueries queries, PriceQueries prices, PublishedIndices indices) : PageModel
{
    /// <summary>Materials a cost engineer looks up first (code, spec), shown when published.</summary>
    private static readonly (string Code, string Spec)[] KeyMaterials =
    [
        ("01010201", "HRB400E Φ12"), ("01010201", "HRB400E Φ25"), ("04010101", "P.O 42.5 散装"),
        ("80210504", "C30"), ("00010101", ""), ("00010201", ""),
    ];

    public IReadOnlyList<FiledCeilingPrice> Filed { get; private set; } = [];

    public YearMonth? PricePeriod { get; private set; }

    public ImmutableArray<InfoPrice> KeyPrices { get; private set; } = [];

    public YearMonth? IndexPeriod { get; private set; }

    public ImmutableArray<PriceIndex> LatestIndices { get; private set; } = [];

    /// <summary>Notices: the latest publications and corrections of information prices, newest first.</summary>
    public IReadOnlyList<(YearMonth Period, RevisionRow Revision, int Changes)> Notices { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Filed = await queries.RecentFiledAsync(10, cancellationToken);
        var region = PublishedIndices.CityRegion;
        if ((await prices.PublishedPeriodsAsync(region, cancellationToken)) is { IsEmpty: false } periods)
        {
            PricePeriod = periods[0];
            var published = await PublishedPrices.ReadAsync(prices, region, periods[0]);
            KeyPrices = [.. KeyMaterials.Select(k => published?.Prices.FirstOrDefault(p => p.ResourceCode == k.Code && p.Spec == k.Spec)).OfType<InfoPrice>()];
            var notices = new List<(YearMonth, RevisionRow, int)>();
            foreach (var period in periods.Take(3))
            {
                notices.AddRange((await prices.RevisionsAsync(region, period, cancellationToken))
                    .Select(r => (period, r, r.Changes.Length)));
            }

            Notices = [.. notices.OrderByDescending(n => n.Item2.PublishedAt)];
        }

        if ((await indices.PeriodsAsync(region, cancellationToken)) is { IsEmpty: false } months)
        {
            IndexPeriod = months[0];
            LatestIndices = [.. (await indices.MonthAsync(region, months[0], cancellationToken)).Where(i => i.Kind == IndexKind.Composite)];
        }
    }
}
