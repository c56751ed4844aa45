using System.Collections.Immutable;
using System.Globalization;
using Cost.Domain.Audit;
using Cost.Silos.ReadModels;
using Cost.Web.Audit;
using Cost.Web.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cost.Web.Pages.Audit;

/// <summary>
/// The bureau's audit log: entries newest first, a page at a time, narrowed by action, subject, person and day;
/// each entry's time is the server's and its facts a list of labelled fields; the chain verified on request.
/// </summary>
[Authorize(Policy = Policies.BureauOnly)]
public sealed class IndexModel(AuditQueries log) : PageModel
{
    public AuditPageJson Entries { get; private set; } = new([], null);

    /// <summary>The verification's result when the bureau asked for one (?verify=true).</summary>
    public AuditVerdict? Verdict { get; private set; }

    /// <summary>The actions the log holds, for the filter.</summary>
    public ImmutableArray<string> Actions { get; private set; } = [];

    public AuditFilter Filter { get; private set; } = AuditFilter.None;

    /// <summary>A day that could not be read (shown back with a note), else null.</summary>
    public string? BadDay { get; private set; }

    public async Task OnGetAsync(long? from, bool verify, string? action, string? subject, string? actor, string? day, CancellationToken cancellationToken)
    {
        Actions = await log.ActionsAsync(cancellationToken);
        var parsedDay = DateOnly.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : (DateOnly?)null;
        BadDay = string.IsNullOrWhiteSpace(day) || parsedDay is not null ? null : day;
        Filter = new AuditFilter(Actions.Contains(action ?? "") ? action : null, Blank(subject), Blank(actor), parsedDay);
        Entries = AuditPageJson.Of(await log.PageAsync(Filter, from is > 0 ? from : null, AuditApi.DefaultTake, cancellationToken));
        if (verify)
        {
            Verdict = await log.VerifyAsync(cancellationToken);
        }
    }

    /// <summary>The address of the next (earlier) page with the same filter.</summary>
    public string NextPage(long from) => QueryString.Create(new Dictionary<string, string?>
    {
        ["from"] = from.ToString(CultureInfo.InvariantCulture), ["action"] = Filter.Action, ["subject"] = Filter.Subject, ["actor"] = Filter.Actor,
        ["day"] = Filter.Day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    }.Where(p => p.Value is not null)).ToUriComponent();

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim()[..Math.Min(text.Trim().Length, 100)];
}
