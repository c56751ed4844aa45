using Cost.Domain.Audit;
using Cost.Silos.ReadModels;
using Cost.Web.Audit;
using Cost.Web.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cost.Web.Pages.Audit;

/// <summary>The bureau's audit log: recent entries, newest first, a page at a time, and the chain verified on request.</summary>
[Authorize(Policy = Policies.BureauOnly)]
public sealed class IndexModel(AuditQueries log) : PageModel
{
    public AuditPageJson Entries { get; private set; } = new([], null);

    /// <summary>The verification's result when the bureau asked for one (?verify=true).</summary>
    public AuditVerdict? Verdict { get; private set; }

    public async Task OnGetAsync(long? from, bool verify, CancellationToken cancellationToken)
    {
        Entries = AuditPageJson.Of(await log.PageAsync(from is > 0 ? from : null, AuditApi.DefaultTake, cancellationToken));
        if (verify)
        {
            Verdict = await log.VerifyAsync(cancellationToken);
        }
    }
}
