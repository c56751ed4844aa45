using System.Collections.Immutable;
using Cost.Domain;
using Cost.Domain.Credit;
using Cost.Silos.ReadModels;
using Cost.Web.Auth;
using Cost.Web.Credit;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cost.Web.Pages.Credit;

/// <summary>
/// The bureau's credit desk: records to notify, records to decide (stated, or past their statement period), records still
/// within it, repair applications (each handled on the firm's page) and appeals, decided here with a reason.
/// </summary>
[Authorize(Policy = Policies.BureauOnly)]
public sealed class AppealsModel(CreditQueries queries, CreditOperations operations, TimeProvider clock) : PageModel
{
    public ImmutableArray<FirmRecord> Items { get; private set; } = [];

    public DateOnly Today => BureauTime.Today(clock);

    public string? Message { get; private set; }

    public bool MessageIsError { get; private set; }

    /// <summary>The desk's sections in the order a clerk works them, each with its records.</summary>
    public IEnumerable<(string Title, ImmutableArray<FirmRecord> Records)> Sections =>
    [
        ("待告知", [.. Items.Where(i => i.Record.Status == CreditRecordStatus.Proposed)]),
        ("待决定（已陈述申辩或期满）", [.. Items.Where(i => i.Record.Status == CreditRecordStatus.Stated
            || (i.Record.Status == CreditRecordStatus.Notified && Today > i.Record.Process!.StatementDeadline))]),
        ("陈述申辩期内", [.. Items.Where(i => i.Record.Status == CreditRecordStatus.Notified && Today <= i.Record.Process!.StatementDeadline)]),
        ("信用修复申请", [.. Items.Where(i => i.Record.Status == CreditRecordStatus.RepairApplied)]),
    ];

    public ImmutableArray<FirmRecord> Appeals => [.. Items.Where(i => i.Record.Status == CreditRecordStatus.UnderAppeal)];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Items = await queries.AwaitingBureauAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(string creditCode, int recordId, string? decision, string? reason, CancellationToken cancellationToken)
    {
        var outcome = await operations.DecideAppealAsync(CurrentUser.From(User)!, creditCode, recordId, new AppealDecisionRequest(decision, reason));
        (Message, MessageIsError) = outcome.Succeeded
            ? ($"第 {recordId} 号记录已{(decision == "revoke" ? "撤销，立即不再计分" : "维持")}。", false)
            : (outcome.Explain(), true);
        await OnGetAsync(cancellationToken);
        return Page();
    }
}
