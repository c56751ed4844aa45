using System.Collections.Immutable;
using Cost.Domain.Bidding;
using Cost.Silos.Store;
using Cost.Web.Auth;
using Cost.Web.Credit;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cost.Web.Pages.Credit;

/// <summary>The bureau's list of firms barred from bidding: add one with its reason and authority, lift one early with a reason.</summary>
[Authorize(Policy = Policies.BureauOnly)]
public sealed class RestrictionsModel(RestrictionStore store, TimeProvider clock) : PageModel
{
    public ImmutableArray<BidRestriction> Items { get; private set; } = [];

    public DateTimeOffset Now => clock.GetUtcNow();

    public DateOnly Today => Cost.Domain.BureauTime.Today(clock);

    [TempData] public string? Message { get; set; }

    [TempData] public bool MessageIsError { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => Items = await store.AllAsync(cancellationToken);

    public async Task<IActionResult> OnPostAddAsync(RestrictionsApi.RestrictionRequest request, CancellationToken cancellationToken)
    {
        var outcome = await RestrictionsApi.AddAsync(CurrentUser.From(User)!, request, store, clock, cancellationToken);
        (Message, MessageIsError) = outcome.Succeeded
            ? ($"已登记第 {outcome.Value!.Id} 号限制投标：{outcome.Value.Name}，下一次开标即标注。", false)
            : (outcome.Explain(), true);
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostLiftAsync(long id, string? reason, CancellationToken cancellationToken)
    {
        var outcome = await RestrictionsApi.LiftAsync(CurrentUser.From(User)!, id, reason, store, clock, cancellationToken);
        (Message, MessageIsError) = outcome.Succeeded
            ? ($"第 {id} 号限制投标已解除。", false)
            : (outcome.Explain(), true);
        return RedirectToPage();
    }
}
