using System.Collections.Immutable;
using Cost.Domain;
using Cost.Domain.Credit;
using Cost.Silos.ReadModels;
using Cost.Web.Auth;
using Cost.Web.Credit;
using Cost.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cost.Web.Pages.Credit;

/// <summary>The bureau's credit desk: records about to expire, recent grade changes, registering firms and rosters.</summary>
[Authorize(Policy = Policies.BureauOnly)]
public sealed class CreditDeskModel(CreditQueries queries, CreditOperations operations, CreditNightlyJob nightly, TimeProvider clock) : PageModel
{
    public ImmutableArray<FirmRecord> Expiring { get; private set; } = [];

    public ImmutableArray<GradeChange> GradeChanges { get; private set; } = [];

    /// <summary>Records waiting for the bureau: to notify, decide, appeals and repairs.</summary>
    public int AwaitingCount { get; private set; }

    public DateOnly Today => BureauTime.Today(clock);

    public string? Message { get; private set; }

    public bool MessageIsError { get; private set; }

    public ImmutableArray<ProblemItem> Problems { get; private set; } = [];

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostRegisterAsync(RegisterFirmRequest firm, CancellationToken cancellationToken)
    {
        var outcome = await operations.RegisterAsync(firm, cancellationToken);
        if (outcome.Succeeded)
        {
            return Redirect($"/firms/{outcome.Value!.CreditCode}");
        }

        (Message, MessageIsError, Problems) = (outcome.Detail, true, outcome.Problems);
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRosterAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        var outcome = await operations.ImportRosterAsync(file, cancellationToken);
        (Message, MessageIsError, Problems) = outcome.Succeeded
            ? ($"名录已导入：新增 {outcome.Value!.Created} 家，更新 {outcome.Value.Updated} 家，退回 {outcome.Value.Rejected.Length} 行。", false, outcome.Value.Rejected)
            : (outcome.Detail, true, outcome.Problems);
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRecomputeAsync(CancellationToken cancellationToken)
    {
        var count = await nightly.RunAsync(cancellationToken);
        (Message, MessageIsError) = ($"已重新计算 {count} 家企业的得分和等级。", false);
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var (from, to) = ExpiryWatch.Window(Today);
        Expiring = await queries.ExpiringAsync(from, to, cancellationToken);
        GradeChanges = await queries.GradeChangesAsync(null, 50, cancellationToken);
        AwaitingCount = (await queries.AwaitingBureauAsync(cancellationToken)).Length;
    }
}
