using System.Collections.Immutable;
using Cost.Silos.ReadModels;
using Cost.Web.Auth;
using Cost.Web.Credit;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cost.Web.Pages.Credit;

/// <summary>The bureau's queue of appealed records: uphold or revoke each, with a reason.</summary>
[Authorize(Policy = Policies.BureauOnly)]
public sealed class AppealsModel(CreditQueries queries, CreditOperations operations) : PageModel
{
    public ImmutableArray<FirmRecord> Items { get; private set; } = [];

    public string? Message { get; private set; }

    public bool MessageIsError { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => Items = await queries.UnderAppealAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(string creditCode, int recordId, string? decision, string? reason, CancellationToken cancellationToken)
    {
        var outcome = await operations.DecideAsync(CurrentUser.From(User)!, creditCode, recordId, new AppealDecisionRequest(decision, reason));
        (Message, MessageIsError) = outcome.Succeeded
            ? ($"第 {recordId} 号记录已{(decision == "revoke" ? "撤销，立即不再计分" : "维持")}。", false)
            : (string.Join(" ", outcome.Problems.Select(p => p.Message).DefaultIfEmpty(outcome.Detail)), true);
        await OnGetAsync(cancellationToken);
        return Page();
    }
}
