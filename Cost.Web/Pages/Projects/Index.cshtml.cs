using System.Collections.Immutable;
using Cost.Silos.Hosting;
using Cost.Silos.ReadModels;
using Cost.Web.Auth;
using Cost.Web.Hosting;
using Cost.Web.Projects;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cost.Web.Pages.Projects;

/// <summary>A consultant's projects (and the form to register one); for the bureau, the filing queue.</summary>
[Authorize(Policy = Policies.Member)]
public sealed class ProjectsModel(TenderQueries queries, TenderOperations operations, ReferenceData reference) : PageModel
{
    public ReferenceData Reference => reference;

    public new CurrentUser User => CurrentUser.From(base.User)!;

    public IReadOnlyList<ProjectSummary> Items { get; private set; } = [];

    public int SubmittedCount { get; private set; }

    public ImmutableArray<ProblemItem> Problems { get; private set; } = [];

    public async Task OnGetAsync(string? status, CancellationToken cancellationToken)
    {
        Items = await queries.ListAsync(User.IsBureau ? null : User.FirmCreditCode, status, cancellationToken);
        SubmittedCount = status == "submitted" ? Items.Count : (await queries.ListAsync(null, "submitted", cancellationToken)).Count;
    }

    public async Task<IActionResult> OnPostAsync(CreateProjectRequest request, CancellationToken cancellationToken)
    {
        var outcome = await operations.CreateAsync(User, request);
        if (outcome.Succeeded)
        {
            return Redirect($"/projects/{Uri.EscapeDataString(outcome.Value!.Info.TenderCode)}");
        }

        Problems = outcome.Problems.IsEmpty ? [new ProblemItem(outcome.Detail!)] : outcome.Problems;
        await OnGetAsync(null, cancellationToken);
        return Page();
    }
}
