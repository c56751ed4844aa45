using System.Collections.Immutable;
using Cost.Domain.Projects;
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

    /// <summary>The status shown ("submitted", "returned", …), or null for every project.</summary>
    public string? Status { get; private set; }

    /// <summary>How many projects stand in each status (codes of <see cref="StatusNames.Code"/>).</summary>
    public IReadOnlyDictionary<string, int> Counts { get; private set; } = new Dictionary<string, int>();

    public ImmutableArray<ProblemItem> Problems { get; private set; } = [];

    /// <summary>
    /// The bureau's queue opens on what waits for it (submitted); <c>status=all</c> shows every project. A consultant
    /// sees all of the firm's projects unless a status is asked for.
    /// </summary>
    public async Task OnGetAsync(string? status, CancellationToken cancellationToken)
    {
        Status = status == "all" ? null : status ?? (User.IsBureau ? "submitted" : null);
        var firm = User.IsBureau ? null : User.FirmCreditCode;
        Items = await queries.ListAsync(firm, Status, cancellationToken);
        Counts = await queries.CountByStatusAsync(firm, cancellationToken);
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
