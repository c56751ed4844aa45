using System.Collections.Immutable;
using Cost.Contracts;
using Cost.Domain;
using Cost.Domain.Prices;
using Cost.Silos.Hosting;
using Cost.Silos.ReadModels;
using Cost.Web.Auth;
using Cost.Web.Prices;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
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

    /// <summary>The outcome of the last step, carried over the redirect after a post.</summary>
    [TempData] public string? Message { get; set; }

    [TempData] public bool MessageIsError { get; set; }

    public bool FlaggedOnly { get; private set; }

    public string? Category { get; private set; }

    public ImmutableArray<string> Categories => catalogue.Categories;

    /// <summary>The series being edited (one at a time, so that the page stays short), null when none is.</summary>
    public DraftJson? Editing { get; private set; }

    /// <summary>Series of the whole month that will be published (every series but those without a price).</summary>
    public int ToPublish { get; private set; }

    public int PageNumber { get; private set; } = 1;

    public int PageCount { get; private set; } = 1;

    /// <summary>How many series the filters leave (all pages).</summary>
    public int Matching { get; private set; }

    public const int PageSize = 50;

    public Task OnGetAsync(string? region, string? period, string? view, string? category, string? edit, string? spec, int? p)
    {
        Category = string.IsNullOrEmpty(category) ? null : category;
        return LoadAsync(region, period, view == "flagged", edit, spec ?? "", p ?? 1);
    }

    public Task<IActionResult> OnPostCloseAsync(string region, string period) =>
        RunAsync(region, period, g => g.Close(), c => $"已截止采集：{c.Counts.Series} 个系列，{c.Counts.Flagged} 个需复核。");

    public Task<IActionResult> OnPostPublishAsync(string region, string period) =>
        RunAsync(region, period, g => g.Publish(CurrentUser.From(User)!.UserName),
            c => $"已发布第 {c.Period.Revision} 版：{c.Counts.Published} 项（其中沿用 {c.Counts.Carried} 项），{c.Counts.Withheld} 项无价未发布。");

    /// <summary>The grain refuses a price that is not positive or a missing reason.</summary>
    public Task<IActionResult> OnPostOverrideAsync(string region, string period, string resourceCode, string spec, decimal? priceInclTax, string? reason)
    {
        var change = new SeriesOverride(resourceCode, spec ?? "", priceInclTax ?? 0m, reason ?? "", CurrentUser.From(User)!.UserName);
        return RunAsync(region, period, g => g.Override(change), _ => $"已修改 {resourceCode} {spec} 的价格（发布后生效）。");
    }

    /// <summary>The address of this page with the filters kept and one parameter changed.</summary>
    public string Link(int? page = null, DraftJson? edit = null)
    {
        var query = new Dictionary<string, string?>
        {
            ["region"] = Region, ["period"] = Period.ToString(), ["view"] = FlaggedOnly ? "flagged" : null, ["category"] = Category,
            ["p"] = (page ?? PageNumber) > 1 ? (page ?? PageNumber).ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
            ["edit"] = edit?.ResourceCode, ["spec"] = edit?.Spec,
        };
        return "/prices/review" + QueryString.Create(query.Where(x => x.Value is not null));
    }

    /// <summary>Runs a step, keeps its outcome for the next page and redirects there (post-redirect-get: a refresh does not post again).</summary>
    private async Task<IActionResult> RunAsync(string region, string period, Func<IPricePeriodGrain, Task<GrainResult<PeriodChange>>> command, Func<PeriodChange, string> success)
    {
        var located = operations.Locate(region, period);
        if (located.Succeeded)
        {
            var result = await command(operations.Grain(region, located.Value.Period));
            (Message, MessageIsError) = result.IsDone ? (success(result.Value!), false) : (result.Message, true);
        }
        else
        {
            (Message, MessageIsError) = (located.Explain(), true);
        }

        return RedirectToPage(new { region, period });
    }

    private async Task LoadAsync(string? region, string? period, bool flaggedOnly, string? edit, string spec, int page)
    {
        Region = region is not null && reference.RegionName(region) is not null ? region : "610100";
        Period = YearMonth.TryParse(period, out var p) ? p : YearMonth.Of(BureauTime.Today(clock));
        FlaggedOnly = flaggedOnly;
        Summary = await operations.Grain(Region, Period).Describe();
        var all = (await store.DraftsAsync(Region, Period)).Select(d => DraftJson.From(d, catalogue.Find(d.Draft.ResourceCode, d.Draft.Spec))).ToList();
        ToPublish = all.Count(d => !d.Withheld);
        Editing = edit is null ? null : all.FirstOrDefault(d => d.ResourceCode == edit && d.Spec == spec);
        var shown = all
            .Where(d => !FlaggedOnly || !d.Flags.IsEmpty || d.Override is not null)
            .Where(d => Category is null || d.Category == Category)
            .OrderBy(d => d.Flags.IsEmpty ? 1 : 0).ThenBy(d => d.ResourceCode, StringComparer.Ordinal).ThenBy(d => d.Spec, StringComparer.Ordinal)
            .ToList();
        Matching = shown.Count;
        PageCount = Math.Max(1, (shown.Count + PageSize - 1) / PageSize);
        PageNumber = Math.Clamp(page, 1, PageCount);
        Drafts = [.. shown.Skip((PageNumber - 1) * PageSize).Take(PageSize)];
        Revisions = await store.RevisionsAsync(Region, Period);
    }
}
