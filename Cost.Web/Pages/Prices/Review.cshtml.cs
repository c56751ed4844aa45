using System.Collections.Immutable;
using Cost.Contracts;
using Cost.Domain;
using Cost.Domain.Prices;
using Cost.Silos.Hosting;
using Cost.Silos.ReadModels;
using Cost.Web.Auth;
using Cost.Web.Prices;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cost.Web.Pages.Prices;

/// <summary>
/// The bureau's review of a price month: every series with its observations, median, dropped
/// outliers and why, change and flags; close, override with a reason, publish.
/// </summary>
[Authorize(Policy = Policies.BureauOnly)]
public sealed class PriceReviewModel(PriceOperations operations, PriceQueries store, ResourceCatalogue catalogue, ReferenceData reference, InfoPriceMethod method, TimeProvider clock) : PageModel
{
    public ReferenceData Reference => reference;

    /// <summary>The cleaning rules' parameters, which the page states.</summary>
    public InfoPriceMethod Method => method;

    public string Region { get; private set; } = "610100";

    public YearMonth Period { get; private set; }

    public PeriodSummary? Summary { get; private set; }

    public ImmutableArray<DraftJson> Drafts { get; private set; } = [];

    public ImmutableArray<RevisionRow> Revisions { get; private set; } = [];

    public string? Message { get; private set; }

    public bool MessageIsError { get; private set; }

    public bool FlaggedOnly { get; private set; }

    public string? Category { get; private set; }

    public ImmutableArray<string> Categories => catalogue.Categories;

    public Task OnGetAsync(string? region, string? period, string? view, string? category)
    {
        Category = string.IsNullOrEmpty(category) ? null : category;
        return LoadAsync(region, period, view == "flagged");
    }

    public async Task OnPostCloseAsync(string region, string period) =>
        await RunAsync(region, period, g => g.Close(), c => $"已截止采集：{c.Counts.Series} 个系列，{c.Counts.Flagged} 个需复核。");

    public async Task OnPostPublishAsync(string region, string period) =>
        await RunAsync(region, period, g => g.Publish(CurrentUser.From(User)!.UserName),
            c => $"已发布第 {c.Period.Revision} 版：{c.Counts.Published} 项（其中沿用 {c.Counts.Carried} 项），{c.Counts.Withheld} 项无价未发布。");

    /// <summary>The grain refuses a price that is not positive or a missing reason.</summary>
    public async Task OnPostOverrideAsync(string region, string period, string resourceCode, string spec, decimal? priceInclTax, string? reason)
    {
        var change = new SeriesOverride(resourceCode, spec ?? "", priceInclTax ?? 0m, reason ?? "", CurrentUser.From(User)!.UserName);
        await RunAsync(region, period, g => g.Override(change), _ => $"已修改 {resourceCode} {spec} 的价格（发布后生效）。");
    }

    private async Task RunAsync(string region, string period, Func<IPricePeriodGrain, Task<GrainResult<PeriodChange>>> command, Func<PeriodChange, string> success)
    {
        var located = operations.Locate(region, period);
        if (located.Succeeded)
        {
            var result = await command(operations.Grain(region, located.Value.Period));
            (Message, MessageIsError) = result.IsDone ? (success(result.Value!), false) : (result.Message, true);
        }

        await LoadAsync(region, period, false);
    }

    private async Task LoadAsync(string? region, string? period, bool flaggedOnly)
    {
        Region = region is not null && reference.RegionName(region) is not null ? region : "610100";
        Period = YearMonth.TryParse(period, out var p) ? p : YearMonth.Of(BureauTime.Today(clock));
        FlaggedOnly = flaggedOnly;
        Summary = await operations.Grain(Region, Period).Describe();
        Drafts = [.. (await store.DraftsAsync(Region, Period))
            .Select(d => DraftJson.From(d, catalogue.Find(d.Draft.ResourceCode, d.Draft.Spec)))
            .Where(d => !FlaggedOnly || !d.Flags.IsEmpty || d.Override is not null)
            .Where(d => Category is null || d.Category == Category)
            .OrderBy(d => d.Flags.IsEmpty ? 1 : 0).ThenBy(d => d.ResourceCode, StringComparer.Ordinal)];
        Revisions = await store.RevisionsAsync(Region, Period);
    }
}
